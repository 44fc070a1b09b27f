package io.devopstrack.metrics.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * One revision of a production incident as stored ({@code resolvedAt} null while open), and as the drill-down lists
 * it, without its revision. {@code deploymentId}/{@code linkedBy} say which deployment it is blamed on and how
 * ({@code AUTO}: the last production deployment of its project and environment before it was detected;
 * {@code MANUAL}: by a person); both empty when none.
 */
public record Incident(
        String incidentId,
        String projectId,
        String environment,
        String title,
        Instant detectedAt,
        Instant resolvedAt,
        String deploymentId,
        String linkedBy,
        @JsonIgnore long revision) {

    static final String AUTO = "AUTO";
    static final String MANUAL = "MANUAL";
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    Incident linkedTo(String deployment, String by) {
        return new Incident(
                incidentId, projectId, environment, title, detectedAt, resolvedAt, deployment, by, revision);
    }

    /** resolvedAt − detectedAt in hours (never below 0); null while open. */
    @JsonProperty
    public Double restoreHours() {
        if (resolvedAt == null) {
            return null;
        }
        return Math.max(0, Duration.between(detectedAt, resolvedAt).toMillis()) / MILLIS_PER_HOUR;
    }
}
