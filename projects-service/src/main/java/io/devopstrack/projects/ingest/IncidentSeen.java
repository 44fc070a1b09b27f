package io.devopstrack.projects.ingest;

import java.time.Instant;

/**
 * An incident (or its end) as its system reports it. {@code sourceKey} identifies it within the source and the
 * project; {@code detectedAt} may be null when the report is only an end (a CDEvents {@code incident.resolved});
 * {@code resolvedAt} is null while it lasts.
 */
public record IncidentSeen(
        String source,
        String externalId,
        String sourceKey,
        String environment,
        String title,
        Instant detectedAt,
        Instant resolvedAt)
        implements NormalizedEvent {}
