package io.devopstrack.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryCalculatorTests {

    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");

    @Test
    void aDeploymentReportedTwiceCountsOnceWithItsLatestStatus() {
        Delivery delivery = calculate(
                List.of(deployment("p", "d1", "SUCCEEDED", 1, 60), deployment("p", "d1", "ROLLED_BACK", 2, 60)),
                List.of(),
                1);

        assertThat(delivery.deploymentFrequencyPerDay()).isZero();
        assertThat(delivery.changeFailureRate()).isEqualTo(1.0);
    }

    @Test
    void consecutiveFailuresWithoutAnIncidentAreOneRestoreSpanClosedByTheNextSuccess() {
        Delivery delivery = calculate(
                List.of(
                        deployment("p", "a", "FAILED", 1, 0),
                        deployment("p", "b", "FAILED", 2, 0),
                        deployment("p", "c", "SUCCEEDED", 5, 0)),
                List.of(),
                1);

        assertThat(delivery.timeToRestoreHours()).isEqualTo(4.0);
    }

    @Test
    void aSuccessInAnotherProjectDoesNotRestoreAFailure() {
        Delivery delivery = calculate(
                List.of(deployment("p", "a", "FAILED", 1, 0), deployment("q", "b", "SUCCEEDED", 2, 0)), List.of(), 1);

        assertThat(delivery.timeToRestoreHours()).isNull();
    }

    @Test
    void leadTimeIsTheMedianOfSuccessfulDeployments() {
        Delivery delivery = calculate(
                List.of(
                        deployment("p", "a", "SUCCEEDED", 1, 60),
                        deployment("p", "b", "SUCCEEDED", 2, 180),
                        deployment("p", "c", "SUCCEEDED", 3, 30),
                        deployment("p", "d", "FAILED", 4, 1_000)),
                List.of(),
                2);

        assertThat(delivery.leadTimeHours()).isEqualTo(1.0);
        assertThat(delivery.deploymentFrequencyPerDay()).isEqualTo(1.5);
        assertThat(delivery.changeFailureRate()).isEqualTo(0.25);
    }

    @Test
    void aSuccessfulDeploymentLinkedToAnIncidentIsAFailedChangeButStillADeployment() {
        Delivery delivery = calculate(
                List.of(deployment("p", "a", "SUCCEEDED", 1, 60), deployment("p", "b", "SUCCEEDED", 3, 60)),
                List.of(incident("i1", "p", 1, 2, 4, "a", "MANUAL")),
                1);

        assertThat(delivery.changeFailureRate()).isEqualTo(0.5);
        assertThat(delivery.deploymentFrequencyPerDay()).isEqualTo(2.0);
        assertThat(delivery.timeToRestoreHours()).isEqualTo(2.0); // detected 2:00, resolved 4:00
    }

    @Test
    void anIncidentNamingNoDeploymentIsLinkedToTheLastOneOfItsProjectAndEnvironmentBeforeItWasDetected() {
        DeliveryRows rows = DeliveryCalculator.rows(
                List.of(
                        deployment("p", "a", "SUCCEEDED", 1, 0),
                        deployment("p", "b", "SUCCEEDED", 3, 0),
                        deployment("q", "c", "SUCCEEDED", 2, 0)),
                List.of(incident("i1", "p", 1, 2, 0, "", "")),
                T0,
                T0.plus(Duration.ofDays(1)));

        assertThat(rows.incidents()).singleElement().satisfies(i -> {
            assertThat(i.deploymentId()).isEqualTo("a");
            assertThat(i.linkedBy()).isEqualTo("AUTO");
        });
        assertThat(rows.deployments())
                .filteredOn(d -> d.deploymentId().equals("a"))
                .singleElement()
                .satisfies(d -> assertThat(d.incidentIds()).containsExactly("i1"));
    }

    @Test
    void anIncidentWhoseLinkAPersonRemovedStaysUnlinked() {
        DeliveryRows rows = DeliveryCalculator.rows(
                List.of(deployment("p", "a", "SUCCEEDED", 1, 0)),
                List.of(incident("i1", "p", 1, 2, 0, "", "MANUAL")),
                T0,
                T0.plus(Duration.ofDays(1)));

        assertThat(rows.incidents().get(0).deploymentId()).isEmpty();
        assertThat(rows.deployments().get(0).incidentIds()).isEmpty();
    }

    @Test
    void aFailedDeploymentWithAnIncidentCountsThroughItsIncidentNotUntilTheNextSuccess() {
        Delivery delivery = calculate(
                List.of(deployment("p", "a", "FAILED", 1, 0), deployment("p", "b", "SUCCEEDED", 9, 0)),
                List.of(incident("i1", "p", 1, 2, 3, "a", "MANUAL")),
                1);

        assertThat(delivery.timeToRestoreHours()).isEqualTo(1.0); // not 8 h (a → b)
    }

    @Test
    void theLatestRevisionOfAnIncidentWinsWhateverOrderTheyArrivedIn() {
        List<Incident> latest = IncidentLinks.latestRevisions(
                List.of(incident("i1", "p", 2, 2, 3, "", ""), incident("i1", "p", 1, 2, 0, "", "")));

        assertThat(latest)
                .singleElement()
                .satisfies(i -> assertThat(i.revision()).isEqualTo(2));
    }

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
                .extracting(DeliveryIncident::incidentId)
                .containsExactly("inc-z", "inc-y", "inc-x", "inc-w");
        assertThat(rows.incidents()).extracting(DeliveryIncident::deploymentId).containsExactly("a6", "a3", "a2", "a0");
        assertThat(delivery.deploymentFrequencyPerDay()).isEqualTo(2.0); // a1 a2 a3 a5 over 2 days
        assertThat(delivery.leadTimeHours()).isEqualTo(4.5); // median(4, 2, 6, 5)
        assertThat(delivery.changeFailureRate()).isCloseTo(4.0 / 6, within(1e-12)); // a2 a3 a4 a6 of 6
        assertThat(delivery.timeToRestoreHours()).isEqualTo(3.0); // median(inc-x 3, inc-y 2, a4→a5 4)
    }

    private static Delivery calculate(List<ProductionDeployment> deployments, List<Incident> incidents, int days) {
        return DeliveryCalculator.calculate(deployments, incidents, T0, T0.plus(Duration.ofDays(days)));
    }

    private static ProductionDeployment deployment(
            String project, String id, String status, int hour, long leadTimeMinutes) {
        Instant time = T0.plus(Duration.ofHours(hour));
        return new ProductionDeployment(
                project,
                id,
                "prod",
                status,
                time,
                time,
                Duration.ofMinutes(leadTimeMinutes).toMillis(),
                "c-" + id,
                "1.0.0");
    }

    private static ProductionDeployment at(
            Instant t0, String project, String id, String status, double hour, double firstHour, double leadHours) {
        return new ProductionDeployment(
                project,
                id,
                "production",
                status,
                hours(t0, hour),
                hours(t0, firstHour),
                (long) (leadHours * 3_600_000),
                "c-" + id,
                "1.0.0");
    }

    private static Incident incident(
            String id,
            String project,
            long revision,
            int detectedHour,
            int resolvedHour,
            String deploymentId,
            String linkedBy) {
        return new Incident(
                id,
                project,
                "prod",
                "t",
                T0.plus(Duration.ofHours(detectedHour)),
                resolvedHour == 0 ? null : T0.plus(Duration.ofHours(resolvedHour)),
                deploymentId,
                linkedBy,
                revision);
    }

    private static Incident incidentAt(
            Instant t0, String id, double detectedHour, Double resolvedHour, String deploymentId, String linkedBy) {
        return new Incident(
                id,
                "q1",
                "production",
                "t",
                hours(t0, detectedHour),
                resolvedHour == null ? null : hours(t0, resolvedHour),
                deploymentId,
                linkedBy,
                1);
    }

    private static Instant hours(Instant t0, double hours) {
        return t0.plusMillis((long) (hours * 3_600_000));
    }
}
