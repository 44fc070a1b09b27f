package io.devopstrack.projects.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewDeliveriesTests {

    private final NewDeliveries newDeliveries = new NewDeliveries();

    @Test
    void hintsComeOutOldestFirstAtMostAPageAtATime() {
        newDeliveries.accepted("d-1");
        newDeliveries.accepted("d-2");
        newDeliveries.accepted("d-3");

        assertThat(newDeliveries.next(2)).containsExactly("d-1", "d-2");
        assertThat(newDeliveries.next(2)).containsExactly("d-3");
        assertThat(newDeliveries.next(2)).isEmpty();
    }

    @Test
    void aFailedBatchComesBackOnlyOnceItsClaimsHaveExpired() {
        newDeliveries.retryAfter(List.of("d-1", "d-2"), Duration.ofHours(1));

        assertThat(newDeliveries.next(10)).isEmpty();
    }

    @Test
    void aFailedBatchWhoseTimeHasComeIsTakenBeforeNewHints() {
        newDeliveries.accepted("d-3");
        newDeliveries.retryAfter(List.of("d-1", "d-2"), Duration.ZERO);

        assertThat(newDeliveries.next(10)).containsExactly("d-1", "d-2", "d-3");
        assertThat(newDeliveries.next(10)).isEmpty();
    }
}
