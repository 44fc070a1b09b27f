package io.devopstrack.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryWorkedExampleTests {

    /**
     * The worked example of docs/metrics-service.md ("Incidents: a worked example"), 2025-06-02 to 2025-06-04;
     * hours are counted from T0 = 2025-06-02T00:00Z. The same data set is published by
     * DeliveryScenarioIntegrationTests.
     */
    @Test
    void theWorkedExampleOfTheDocs() {
        Instant from = Instant.parse("2025-06-02T00:00:00Z");
        List<ProductionDeployment> deployments = List.of(
                at(from, "q1", "a0", "SUCCEEDED", -6, -6, 1),
                at(from, "q1", "a1", "SUCCEEDED", 2, 2, 4),
                at(from, "q1", "a2", "SUCCEEDED", 8, 8, 2),
                at(from, "q1", "a3", "SUCCEEDED", 16, 16, 6),
                at(from, "q1", "a4", "FAILED", 27, 27, 2),
                at(from, "q1", "a5", "SUCCEEDED", 31, 31, 5),
                at(from, "q1", "a6", "SUCCEEDED", 34, 34, 2),
                at(from, "q1", "a6", "ROLLED_BACK", 35, 34, 3));
        List<Incident> incidents = List.of(
                incidentAt(from, "inc-w", -4, 50.0, "a0", "MANUAL"), // resolved after the range
                incidentAt(from, "inc-x", 9, 12.0, "a2", "MANUAL"), // linked explicitly, 3 h
                incidentAt(from, "inc-y", 18, 20.0, "", ""), // linked by time to a3, 2 h
                incidentAt(from, "inc-z", 34.5, null, "", "")); // still open, linked by time to a6

        DeliveryRows rows = DeliveryCalculator.rows(deployments, incidents, from, from.plus(Duration.ofDays(2)));
        Delivery delivery = DeliveryCalculator.delivery(rows, from, from.plus(Duration.ofDays(2)));

        assertThat(rows.deployments())
                .extracting(DeliveryDeployment::deploymentId)
                .containsExactly("a6", "a5", "a4", "a3", "a2", "a1");
        assertThat(rows.incidents())
                .extracting(Incident::incidentId)
                .containsExactly("inc-z", "inc-y", "inc-x", "inc-w");
        assertThat(rows.incidents()).extracting(Incident::deploymentId).containsExactly("a6", "a3", "a2", "a0");
        assertThat(delivery.deploymentFrequencyPerDay()).isEqualTo(2.0); // a1 a2 a3 a5 over 2 days
        assertThat(delivery.leadTimeHours()).isEqualTo(4.5); // median(4, 2, 6, 5)
        assertThat(delivery.changeFailureRate()).isCloseTo(4.0 / 6, within(1e-12)); // a2 a3 a4 a6 of 6
        assertThat(delivery.timeToRestoreHours()).isEqualTo(3.0); // median(inc-x 3, inc-y 2, a4→a5 4)
    }

    /** A deployment of the worked example: to production, hours counted from its {@code t0}. */
    private static ProductionDeployment at(
            Instant t0, String project, String id, String status, double hour, double firstHour, double leadHours) {
        return DeliveryFixtures.deployment(
                project,
                id,
                "production",
                status,
                DeliveryFixtures.hours(t0, hour),
                DeliveryFixtures.hours(t0, firstHour),
                (long) (leadHours * 3_600_000));
    }

    /** An incident of the worked example: project q1 in production, hours counted from its {@code t0}. */
    private static Incident incidentAt(
            Instant t0, String id, double detectedHour, Double resolvedHour, String deploymentId, String linkedBy) {
        Instant resolved = resolvedHour == null ? null : DeliveryFixtures.hours(t0, resolvedHour);
        return DeliveryFixtures.incident(
                id, "q1", "production", DeliveryFixtures.hours(t0, detectedHour), resolved, deploymentId, linkedBy, 1);
    }
}
