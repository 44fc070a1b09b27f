package io.devopstrack.projects.hook;

import static io.devopstrack.projects.hook.HookClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.integration.DeliveryOutcome;
import io.devopstrack.projects.support.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Hooks read integrations from a cache (HookTargets) and count in memory (DeliveryCounter): what stays exact. */
class HookCacheAndCountsIntegrationTests extends HookTestSupport {

    @Test
    void aRotatedSecretIsRefusedAtOnceByThisProcess() {
        Created github = integration("github");
        assertThat(sendWorkflowRun(github, github.secret(), "d-1").status()).isEqualTo(202);

        String rotated = api.post("/projects/" + projectId + "/integrations/" + github.id() + "/secret", maria, "")
                .json()
                .path("secret")
                .asString();

        assertThat(sendWorkflowRun(github, github.secret(), "d-2").status()).isEqualTo(401);
        assertThat(sendWorkflowRun(github, rotated, "d-3").status()).isEqualTo(202);
    }

    @Test
    void aDeletedIntegrationAnswers404AtOnceInThisProcess() {
        Created github = integration("github");
        assertThat(sendWorkflowRun(github, github.secret(), "d-1").status()).isEqualTo(202);

        api.delete("/projects/" + projectId + "/integrations/" + github.id(), maria);

        assertThat(sendWorkflowRun(github, github.secret(), "d-2").status()).isEqualTo(404);
    }

    @Test
    void everyOutcomeIsCountedOnceWithinASecondOrSo() {
        Created github = integration("github");
        sendWorkflowRun(github, github.secret(), "d-1");
        sendWorkflowRun(github, github.secret(), "d-2");
        sendWorkflowRun(github, github.secret(), "d-1");
        hooks.github(github.id(), github.secret(), "ping", "p-1", fixture("github/ping.json"));
        sendWorkflowRun(github, "not-the-secret", "d-3");

        awaitCounts(() -> {
            assertThat(counts(github.id()).path("accepted").asLong()).isEqualTo(2);
            assertThat(counts(github.id()).path("duplicate").asLong()).isEqualTo(1);
            assertThat(counts(github.id()).path("ignored").asLong()).isEqualTo(1);
            assertThat(counts(github.id()).path("rejected").asLong()).isEqualTo(1);
        });
        assertThat(api.get("/projects/" + projectId + "/integrations", maria)
                        .json()
                        .get(0)
                        .path("lastDeliveryAt")
                        .isString())
                .isTrue();
    }

    @Test
    void concurrentRedeliveriesStoreTheDeliveryOnceAndAnswerTheRestDuplicate() throws Exception {
        Created github = integration("github");
        List<Callable<Integer>> redeliveries = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String deliveryId = i % 2 == 0 ? "same" : "d-" + i;
            redeliveries.add(
                    () -> sendWorkflowRun(github, github.secret(), deliveryId).status());
        }

        List<Integer> statuses = Concurrently.call(16, redeliveries);

        assertThat(statuses).filteredOn(status -> status == 202).hasSize(17);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(15);
        assertThat(deliveries(github.id()))
                .filteredOn(d -> d.outcome() == DeliveryOutcome.ACCEPTED)
                .hasSize(17);
        awaitCounts(() -> {
            assertThat(counts(github.id()).path("accepted").asLong()).isEqualTo(17);
            assertThat(counts(github.id()).path("duplicate").asLong()).isEqualTo(15);
        });
    }
}
