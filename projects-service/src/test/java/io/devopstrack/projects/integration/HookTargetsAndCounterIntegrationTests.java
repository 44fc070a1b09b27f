package io.devopstrack.projects.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** HookTargets and DeliveryCounter on their own, with a cache time of an hour. */
class HookTargetsAndCounterIntegrationTests extends IntegrationTest {

    @Autowired
    SecretBox secrets;

    private HookTargets targets;
    private String integrationId;
    private String secret;

    @BeforeEach
    void anIntegration() {
        mongo.remove(new Query(), Integration.class);
        targets = new HookTargets(
                mongo,
                secrets,
                new IntegrationProperties("", Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofDays(7)));
        String projectId = createProjectId("shop");
        Created github = createIntegration(projectId, "github");
        integrationId = github.id();
        secret = github.secret();
    }

    @Test
    void anIntegrationIsReadOnceWithinTheCacheTimeAndAgainAfterAnEviction() {
        assertThat(targets.find(integrationId))
                .hasValueSatisfying(t -> assertThat(t.secret()).isEqualTo(secret));
        mongo.updateFirst(byId(), new Update().set("sealedSecret", secrets.seal("changed")), Integration.class);

        assertThat(targets.find(integrationId))
                .hasValueSatisfying(t -> assertThat(t.secret()).isEqualTo(secret));
        targets.evict(integrationId);
        assertThat(targets.find(integrationId))
                .hasValueSatisfying(t -> assertThat(t.secret()).isEqualTo("changed"));
    }

    @Test
    void afterTheCacheTimeWhatIsKeptAnswersWhileItIsReadAgainAndAfterTwiceTheCacheTimeItIsReadFirst() {
        AtomicLong nanos = new AtomicLong();
        Queue<Runnable> refreshes = new ArrayDeque<>();
        IntegrationProperties properties =
                new IntegrationProperties("", Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofDays(7));
        HookTargets timed = new HookTargets(
                mongo,
                secrets,
                HookTargets.cachePolicy(properties).ticker(nanos::get).executor(refreshes::add));
        assertThat(timed.find(integrationId).map(HookTarget::secret)).hasValue(secret);
        changeSecretTo("changed");

        nanos.addAndGet(Duration.ofMillis(900).toNanos());
        assertThat(timed.find(integrationId).map(HookTarget::secret)).hasValue(secret);
        nanos.addAndGet(Duration.ofMillis(300).toNanos());
        assertThat(timed.find(integrationId).map(HookTarget::secret))
                .as("past the cache time: what is kept, while it is read again")
                .hasValue(secret);
        assertThat(refreshes).as("the read again, handed to the executor").isNotEmpty();
        while (!refreshes.isEmpty()) {
            refreshes.remove().run();
        }
        assertThat(timed.find(integrationId).map(HookTarget::secret)).hasValue("changed");

        changeSecretTo("changed again");
        nanos.addAndGet(Duration.ofMillis(2_100).toNanos());
        assertThat(timed.find(integrationId).map(HookTarget::secret))
                .as("past twice the cache time: read before answering")
                .hasValue("changed again");
    }

    private void changeSecretTo(String changed) {
        mongo.updateFirst(byId(), new Update().set("sealedSecret", secrets.seal(changed)), Integration.class);
    }

    @Test
    void aMissingIntegrationIsNotCached() {
        String unknown = "0123456789abcdef01234567";

        assertThat(targets.find(unknown)).isEmpty();
        assertThat(targets.find("not-an-id")).isEmpty();
        assertThat(targets.find(integrationId)).isPresent();
    }

    @Test
    void countsAreWrittenInOneUpdatePerIntegrationAndNeverTwice() {
        DeliveryCounter counter = new DeliveryCounter(mongo);
        Instant first = Instant.parse("2026-12-01T10:00:00Z");
        counter.counted(integrationId, DeliveryOutcome.ACCEPTED, first);
        counter.counted(integrationId, DeliveryOutcome.ACCEPTED, first.plusSeconds(2));
        counter.counted(integrationId, DeliveryOutcome.REJECTED, first.plusSeconds(1));

        assertThat(counter.flush()).isEqualTo(1);
        assertThat(counter.flush()).isZero();

        Integration stored = mongo.findOne(byId(), Integration.class);
        assertThat(stored.counts()).isEqualTo(new DeliveryCounts(2, 0, 0, 1));
        assertThat(stored.lastDeliveryAt()).isEqualTo(first.plusSeconds(2));
    }

    @Test
    void whatWasCountedIsWrittenAtShutdown() {
        DeliveryCounter counter = new DeliveryCounter(mongo);
        counter.counted(integrationId, DeliveryOutcome.DUPLICATE, Instant.parse("2026-12-01T10:00:00Z"));

        counter.atShutdown();

        assertThat(mongo.findOne(byId(), Integration.class).counts()).isEqualTo(new DeliveryCounts(0, 1, 0, 0));
    }

    private Query byId() {
        return Query.query(Criteria.where("_id").is(integrationId));
    }
}
