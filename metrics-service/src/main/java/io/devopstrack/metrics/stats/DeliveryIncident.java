package io.devopstrack.metrics.stats;

import java.time.Instant;

/**
 * A production incident that was open at some time in the range, as the drill-down lists it. {@code restoreHours}
 * = resolvedAt − detectedAt, null while open; {@code deploymentId}/{@code linkedBy} say which deployment it is
 * blamed on and how ({@code AUTO}: the last production deployment of its project and environment before it was
 * detected; {@code MANUAL}: by a person); both empty when none.
 */
public record DeliveryIncident(
        String incidentId,
        String projectId,
        String environment,
        String title,
        Instant detectedAt,
        Instant resolvedAt,
        Double restoreHours,
        String deploymentId,
        String linkedBy) {}
