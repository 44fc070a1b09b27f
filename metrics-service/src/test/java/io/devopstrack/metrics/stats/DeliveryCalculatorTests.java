package io.devopstrack.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

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
        DeliveryRows rows = oneDayOfRows(
                List.of(
                        deployment("p", "a", "SUCCEEDED", 1, 0),
                        deployment("p", "b", "SUCCEEDED", 3, 0),
                        deployment("q", "c", "SUCCEEDED", 2, 0)),
                List.of(incident("i1", "p", 1, 2, 0, "", "")));

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
        DeliveryRows rows = oneDayOfRows(
                List.of(deployment("p", "a", "SUCCEEDED", 1, 0)), List.of(incident("i1", "p", 1, 2, 0, "", "MANUAL")));

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

    private static Delivery calculate(List<ProductionDeployment> deployments, List<Incident> incidents, int days) {
        return DeliveryCalculator.calculate(deployments, incidents, T0, T0.plus(Duration.ofDays(days)));
    }

    private static DeliveryRows oneDayOfRows(List<ProductionDeployment> deployments, List<Incident> incidents) {
        return DeliveryCalculator.rows(deployments, incidents, T0, T0.plus(Duration.ofDays(1)));
    }

    /** A deployment to prod {@code hour} hours after T0, first reported then. */
    private static ProductionDeployment deployment(
            String project, String id, String status, int hour, long leadTimeMinutes) {
        Instant time = T0.plus(Duration.ofHours(hour));
        return DeliveryFixtures.deployment(
                project,
                id,
                "prod",
                status,
                time,
                time,
                Duration.ofMinutes(leadTimeMinutes).toMillis());
    }

    /** An incident in prod, detected and resolved (0: still open) so many hours after T0. */
    private static Incident incident(
            String id,
            String project,
            long revision,
            int detectedHour,
            int resolvedHour,
            String deploymentId,
            String linkedBy) {
        Instant resolved = resolvedHour == 0 ? null : T0.plus(Duration.ofHours(resolvedHour));
        return DeliveryFixtures.incident(
                id,
                project,
                "prod",
                T0.plus(Duration.ofHours(detectedHour)),
                resolved,
                deploymentId,
                linkedBy,
                revision);
    }
}
