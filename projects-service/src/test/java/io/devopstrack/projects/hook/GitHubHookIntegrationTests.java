package io.devopstrack.projects.hook;

import static io.devopstrack.projects.hook.HookClient.fixture;
import static io.devopstrack.projects.hook.HookClient.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.DeliveryOutcome;
import io.devopstrack.projects.integration.Payloads;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitHubHookIntegrationTests extends HookTestSupport {

    @Test
    void aSignedDeliveryIsRecordedThenAnswered202Accepted() {
        Created github = integration("github");

        HookClient.Answer answer = sendWorkflowRun(github, github.secret(), "d-1");

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.deliveryId()).isEqualTo("d-1");
        assertThat(answer.outcome()).isEqualTo("ACCEPTED");
        List<Delivery> stored = deliveries(github.id());
        assertThat(stored).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(DeliveryOutcome.ACCEPTED);
            assertThat(delivery.pending()).isTrue();
            assertThat(delivery.event()).isEqualTo("workflow_run");
            assertThat(Payloads.gunzip(delivery.payload())).isEqualTo(workflowRun);
        });
        awaitCounts(
                () -> assertThat(counts(github.id()).path("accepted").asLong()).isEqualTo(1));
    }

    @Test
    void aWrongSignatureIs401AndOnlyARejectedLineIsStored() {
        Created github = integration("github");
        byte[] tampered = Arrays.copyOf(workflowRun, workflowRun.length);
        tampered[10] = (byte) ' ';

        HookClient.Answer answer = hooks.deliver(
                "github",
                github.id(),
                tampered,
                "X-GitHub-Event",
                "workflow_run",
                "X-GitHub-Delivery",
                "d-1",
                "X-Hub-Signature-256",
                HookClient.githubSignature(github.secret(), workflowRun));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(deliveries(github.id())).singleElement().satisfies(delivery -> {
            assertThat(delivery.outcome()).isEqualTo(DeliveryOutcome.REJECTED);
            assertThat(delivery.payload()).isNull();
            assertThat(delivery.pending()).isFalse();
        });
        awaitCounts(
                () -> assertThat(counts(github.id()).path("rejected").asLong()).isEqualTo(1));
    }

    @Test
    void aMissingSignatureIs401() {
        Created github = integration("github");

        HookClient.Answer answer = hooks.deliver(
                "github", github.id(), workflowRun, "X-GitHub-Event", "workflow_run", "X-GitHub-Delivery", "d-1");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(deliveries(github.id())).extracting(Delivery::outcome).containsExactly(DeliveryOutcome.REJECTED);
    }

    @Test
    void aSignatureMadeWithAnotherIntegrationsSecretIs401() {
        Created mine = integration("github");
        Created other = integration("github");

        HookClient.Answer answer = sendWorkflowRun(mine, other.secret(), "d-1");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(deliveries(other.id())).isEmpty();
    }

    @Test
    void aRejectedRequestDoesNotTakeTheDeliveryIdFromTheRealSender() {
        Created github = integration("github");
        sendWorkflowRun(github, "not-the-secret", "d-1");

        assertThat(sendWorkflowRun(github, github.secret(), "d-1").status()).isEqualTo(202);
    }

    @Test
    void aRedeliveryIsAnswered200DuplicateAndLeavesOneAcceptedRecord() {
        Created github = integration("github");
        sendWorkflowRun(github, github.secret(), "d-1");

        HookClient.Answer again = sendWorkflowRun(github, github.secret(), "d-1");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.outcome()).isEqualTo("DUPLICATE");
        assertThat(deliveries(github.id()))
                .extracting(Delivery::outcome)
                .containsExactlyInAnyOrder(DeliveryOutcome.ACCEPTED, DeliveryOutcome.DUPLICATE);
        assertThat(deliveries(github.id())).filteredOn(Delivery::pending).hasSize(1);
    }

    @Test
    void aPingIsIgnored() {
        Created github = integration("github");

        HookClient.Answer answer =
                hooks.github(github.id(), github.secret(), "ping", "p-1", fixture("github/ping.json"));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.outcome()).isEqualTo("IGNORED");
        assertThat(deliveries(github.id()))
                .singleElement()
                .satisfies(d -> assertThat(d.pending()).isFalse());
    }

    @Test
    void aRepositoryTheProjectDoesNotListIsIgnoredAndAListedOneInAnySpellingIsAccepted() {
        api.post(
                "/projects/" + projectId + "/repositories",
                maria,
                "{\"name\": \"repo\", \"url\": \"git@github.com:octo-org/octo-repo.git\"}");
        Created github = integration("github");

        HookClient.Answer listed = sendWorkflowRun(github, github.secret(), "d-1");
        HookClient.Answer unlisted =
                hooks.github(github.id(), github.secret(), "push", "d-2", fixture("github/push.json"));

        assertThat(listed.outcome()).isEqualTo("ACCEPTED");
        assertThat(unlisted.outcome()).isEqualTo("IGNORED");
        assertThat(deliveries(github.id()))
                .filteredOn(d -> d.deliveryId().equals("d-2"))
                .singleElement()
                .satisfies(d -> assertThat(d.detail()).contains("Codertocat/Hello-World"));
    }

    @Test
    void anUnknownADeletedAndAWrongKindIntegrationAreTheSame404() {
        Created github = integration("github");
        Created deleted = integration("github");
        api.delete("/projects/" + projectId + "/integrations/" + deleted.id(), maria);

        HookClient.Answer unknown = hooks.github("0123456789abcdef01234567", github.secret(), "push", "d", workflowRun);
        HookClient.Answer gone = hooks.github(deleted.id(), deleted.secret(), "push", "d", workflowRun);
        HookClient.Answer notAnId = hooks.github("nope", github.secret(), "push", "d", workflowRun);
        HookClient.Answer wrongKind = hooks.deliver(
                "gitlab",
                github.id(),
                workflowRun,
                "X-Gitlab-Token",
                github.secret(),
                "X-Gitlab-Event",
                "Pipeline Hook");

        assertThat(List.of(unknown, gone, notAnId, wrongKind)).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().path("detail").asString()).isEqualTo("No such hook.");
        });
    }

    @Test
    void aBodyThatIsNotJsonOrNotTheNamedEventIs400() {
        Created github = integration("github");

        HookClient.Answer notJson = hooks.github(github.id(), github.secret(), "workflow_run", "d-1", utf8("<xml/>"));
        HookClient.Answer notARun =
                hooks.github(github.id(), github.secret(), "workflow_run", "d-2", utf8("{\"a\": 1}"));

        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notARun.status()).isEqualTo(400);
        assertThat(deliveries(github.id())).extracting(Delivery::outcome).containsOnly(DeliveryOutcome.REJECTED);
    }

    @Test
    void aBodyOf26MegabytesIs413() {
        Created github = integration("github");
        byte[] huge = new byte[26_000_000];
        Arrays.fill(huge, (byte) ' ');

        HookClient.Answer answer = hooks.github(github.id(), github.secret(), "push", "d-1", huge);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(deliveries(github.id())).isEmpty();
    }

    @Test
    void theDeliveryLogIsPagedNewestFirst() {
        Created github = integration("github");
        for (int i = 1; i <= 3; i++) {
            hooks.github(github.id(), github.secret(), "ping", "p-" + i, fixture("github/ping.json"));
        }

        var page = api.get("/projects/" + projectId + "/integrations/" + github.id() + "/deliveries?size=2", maria)
                .json();

        assertThat(page.path("content")).hasSize(2);
        assertThat(page.path("content").get(0).path("deliveryId").asString()).isEqualTo("p-3");
        assertThat(page.path("content").get(0).path("outcome").asString()).isEqualTo("IGNORED");
        assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(3);
    }
}
