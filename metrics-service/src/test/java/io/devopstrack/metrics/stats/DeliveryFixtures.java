package io.devopstrack.metrics.stats;

import java.time.Instant;

/** The rows DeliveryCalculator reads, built field by field for the delivery tests. */
final class DeliveryFixtures {

    private DeliveryFixtures() {}

    static ProductionDeployment deployment(
            String project, String id, String environment, String status, Instant at, Instant firstAt, long leadMs) {
        return new ProductionDeployment(project, id, environment, status, at, firstAt, leadMs, "c-" + id, "1.0.0");
    }

    static Incident incident(
            String id,
            String project,
            String environment,
            Instant detected,
            Instant resolved,
            String deploymentId,
            String linkedBy,
            long revision) {
        return new Incident(id, project, environment, "t", detected, resolved, deploymentId, linkedBy, revision);
    }

    static Instant hours(Instant t0, double hours) {
        return t0.plusMillis((long) (hours * 3_600_000));
    }
}
