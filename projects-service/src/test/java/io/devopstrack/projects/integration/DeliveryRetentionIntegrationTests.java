package io.devopstrack.projects.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The delivery log's retention (7 days, the default) on the MongoDB-wire server. */
class DeliveryRetentionIntegrationTests extends IntegrationTest {

    @Autowired
    DeliveryRetention retention;

    @Autowired
    Clock clock;

    private String integrationId;

    @BeforeEach
    void anIntegrationOfItsOwn() {
        integrationId = "retention-" + new ObjectId().toHexString();
    }

    @Test
    void settledLinesOlderThanTheRetentionAreDeletedAndPendingOrYoungerOnesKept() {
        Instant now = clock.instant();
        String oldAccepted = line(now.minus(Duration.ofDays(8)), DeliveryOutcome.ACCEPTED, false);
        String oldRejected = line(now.minus(Duration.ofDays(30)), DeliveryOutcome.REJECTED, false);
        String oldDuplicate = line(now.minus(Duration.ofDays(7).plusMinutes(1)), DeliveryOutcome.DUPLICATE, false);
        String oldPending = line(now.minus(Duration.ofDays(9)), DeliveryOutcome.ACCEPTED, true);
        String young = line(now.minus(Duration.ofDays(6)), DeliveryOutcome.ACCEPTED, false);

        assertThat(retention.sweep()).isGreaterThanOrEqualTo(3);

        assertThat(linesLeft())
                .containsExactlyInAnyOrder(oldPending, young)
                .doesNotContain(oldAccepted, oldRejected, oldDuplicate);
        assertThat(retention.sweep()).as("nothing left to delete").isZero();
    }

    @Test
    void moreLinesThanABatchAreDeletedInOneSweep() {
        Instant old = clock.instant().minus(Duration.ofDays(10));
        List<Delivery> lines = IntStream.range(0, 2_500)
                .mapToObj(i -> delivery(old.plusSeconds(i), DeliveryOutcome.ACCEPTED, false))
                .toList();
        mongo.insert(lines, Delivery.class);

        assertThat(retention.sweep()).isGreaterThanOrEqualTo(2_500);
        assertThat(linesLeft()).isEmpty();
    }

    private String line(Instant receivedAt, DeliveryOutcome outcome, boolean pending) {
        return mongo.insert(delivery(receivedAt, outcome, pending)).id();
    }

    private Delivery delivery(Instant receivedAt, DeliveryOutcome outcome, boolean pending) {
        String key = new ObjectId().toHexString();
        return new Delivery(
                new ObjectId().toHexString(),
                integrationId,
                "p-retention",
                IntegrationKind.GITHUB,
                key,
                key,
                "workflow_run",
                receivedAt,
                outcome,
                null,
                pending ? new byte[] {1} : null,
                pending,
                null,
                0);
    }

    private List<String> linesLeft() {
        return mongo.find(Query.query(Criteria.where("integrationId").is(integrationId)), Delivery.class).stream()
                .map(Delivery::id)
                .toList();
    }
}
