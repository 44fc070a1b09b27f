package io.devopstrack.projects.hook;

import static io.devopstrack.projects.hook.HookClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.DeliveryOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GitLabHookIntegrationTests extends HookTestSupport {

    private final byte[] pipeline = fixture("gitlab/pipeline.json");

    private Created gitlab;

    @BeforeEach
    void gitlabIntegration() {
        gitlab = integration("gitlab");
    }

    @Test
    void theRightTokenIsAccepted() {
        HookClient.Answer answer = hooks.gitlab(gitlab.id(), gitlab.secret(), "Pipeline Hook", "uuid-1", pipeline);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.deliveryId()).isEqualTo("uuid-1");
        assertThat(answer.outcome()).isEqualTo("ACCEPTED");
    }

    @Test
    void aWrongOrMissingTokenIs401() {
        HookClient.Answer wrong = hooks.gitlab(gitlab.id(), gitlab.secret() + "x", "Pipeline Hook", "uuid-1", pipeline);
        HookClient.Answer missing = hooks.deliver(
                "gitlab", gitlab.id(), pipeline, "X-Gitlab-Event", "Pipeline Hook", "X-Gitlab-Event-UUID", "uuid-2");

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(deliveries(gitlab.id())).extracting(Delivery::outcome).containsOnly(DeliveryOutcome.REJECTED);
    }

    @Test
    void theEventUuidIsTheIdempotencyKeyAndIdempotencyKeyTheFallback() {
        hooks.gitlab(gitlab.id(), gitlab.secret(), "Pipeline Hook", "uuid-1", pipeline);

        HookClient.Answer again = hooks.gitlab(gitlab.id(), gitlab.secret(), "Pipeline Hook", "uuid-1", pipeline);
        HookClient.Answer byKey = hooks.deliver(
                "gitlab",
                gitlab.id(),
                pipeline,
                "X-Gitlab-Token",
                gitlab.secret(),
                "X-Gitlab-Event",
                "Pipeline Hook",
                "Idempotency-Key",
                "key-7");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.outcome()).isEqualTo("DUPLICATE");
        assertThat(byKey.status()).isEqualTo(202);
        assertThat(byKey.deliveryId()).isEqualTo("key-7");
    }

    @Test
    void aBodyWhoseObjectKindIsNotTheHeadersEventIs400() {
        HookClient.Answer answer = hooks.gitlab(gitlab.id(), gitlab.secret(), "Job Hook", "uuid-1", pipeline);

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void otherEventsAreIgnored() {
        HookClient.Answer answer = hooks.gitlab(
                gitlab.id(), gitlab.secret(), "Note Hook", "uuid-1", HookClient.utf8("{\"object_kind\":\"note\"}"));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.outcome()).isEqualTo("IGNORED");
    }
}
