package io.devopstrack.projects.incident;

import java.time.Instant;

/** {@code resolvedAt} defaults to now; it may not be before the incident's {@code detectedAt}. */
public record ResolveIncidentRequest(Instant resolvedAt) {}
