package io.devopstrack.metrics.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryCalculatorTests {

    private static final Instant T0 = Instant.parse("2025-03-03T00:00:00Z");

    @Test
    void aDeploymentReportedTwiceCountsOnceWithItsLatestStatus() {
        Delivery delivery = DeliveryCalculator.calculate(List.of(
                deployment("p", "d1", "SUCCEEDED", 1, 60),
                deployment("p", "d1", "ROLLED_BACK", 2, 60)), Duration.ofDays(1));

        assertThat(delivery.deploymentFrequencyPerDay()).isZero();
        assertThat(delivery.changeFailureRate()).isEqualTo(1.0);
    }

    @Test
    void consecutiveFailuresAreOneIncidentRestoredByTheNextSuccess() {
        Delivery delivery = DeliveryCalculator.calculate(List.of(
                deployment("p", "a", "FAILED", 1, 0),
                deployment("p", "b", "FAILED", 2, 0),
                deployment("p", "c", "SUCCEEDED", 5, 0)), Duration.ofDays(1));

        assertThat(delivery.timeToRestoreHours()).isEqualTo(4.0);
    }

    @Test
    void aSuccessInAnotherProjectDoesNotRestoreAFailure() {
        Delivery delivery = DeliveryCalculator.calculate(List.of(
                deployment("p", "a", "FAILED", 1, 0),
                deployment("q", "b", "SUCCEEDED", 2, 0)), Duration.ofDays(1));

        assertThat(delivery.timeToRestoreHours()).isNull();
    }

    @Test
    void leadTimeIsTheMedianOfSuccessfulDeployments() {
        Delivery delivery = DeliveryCalculator.calculate(List.of(
                deployment("p", "a", "SUCCEEDED", 1, 60),
                deployment("p", "b", "SUCCEEDED", 2, 180),
                deployment("p", "c", "SUCCEEDED", 3, 30),
                deployment("p", "d", "FAILED", 4, 1_000)), Duration.ofDays(2));

        assertThat(delivery.leadTimeHours()).isEqualTo(1.0);
        assertThat(delivery.deploymentFrequencyPerDay()).isEqualTo(1.5);
        assertThat(delivery.changeFailureRate()).isEqualTo(0.25);
    }

    private static ProductionDeployment deployment(String project, String id, String status, int hour,
                                                   long leadTimeMinutes) {
        return new ProductionDeployment(project, id, status, T0.plus(Duration.ofHours(hour)),
                Duration.ofMinutes(leadTimeMinutes).toMillis());
    }
}
