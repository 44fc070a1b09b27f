package io.devopstrack.metrics.stats;

import java.time.Instant;

/**
 * One revision of an incident as stored ({@code resolvedAt} null while open). {@code deploymentId} is empty when
 * projects-service named none; {@code linkedBy} is {@code AUTO} (by time), {@code MANUAL} (by a person) or empty.
 */
record Incident(
        String incidentId,
        String projectId,
        String environment,
        String title,
        Instant detectedAt,
        Instant resolvedAt,
        String deploymentId,
        String linkedBy,
        long revision) {

    static final String AUTO = "AUTO";
    static final String MANUAL = "MANUAL";

    Incident linkedTo(String deployment, String by) {
        return new Incident(
                incidentId, projectId, environment, title, detectedAt, resolvedAt, deployment, by, revision);
    }
}
