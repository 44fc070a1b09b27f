package io.devopstrack.projects.hook;

import static io.devopstrack.projects.hook.HookClient.fixture;
import static io.devopstrack.projects.hook.HookClient.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.DeliveryOutcome;
import io.devopstrack.projects.integration.Payloads;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CdEventsHookIntegrationTests extends HookTestSupport {

    private final byte[] finished = fixture("cdevents/pipelinerun_finished.0.4.json");
    private static final String TYPE = "dev.cdevents.pipelinerun.finished.0.2.0";

    private Created cdevents;

    @BeforeEach
    void cdeventsIntegration() {
        cdevents = integration("cdevents");
    }

    @Test
    void aBinaryModeCloudEventIsAcceptedAndItsCdEventKept() {
        HookClient.Answer answer = binary(cdevents, "e-1", finished);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.deliveryId()).isEqualTo("/tekton/ci e-1");
        assertThat(deliveries(cdevents.id())).singleElement().satisfies(delivery -> {
            assertThat(delivery.event()).isEqualTo(TYPE);
            assertThat(Payloads.gunzip(delivery.payload())).isEqualTo(finished);
        });
    }

    @Test
    void aStructuredModeCloudEventIsAccepted() {
        HookClient.Answer answer = structured(cdevents, "e-2", finished);

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.outcome()).isEqualTo("ACCEPTED");
        assertThat(deliveries(cdevents.id()))
                .singleElement()
                .satisfies(
                        delivery -> assertThat(new String(Payloads.gunzip(delivery.payload()), StandardCharsets.UTF_8))
                                .contains("\"pipelineName\""));
    }

    @Test
    void theSameSourceAndIdInEitherModeIsADuplicate() {
        binary(cdevents, "e-1", finished);

        HookClient.Answer again = structured(cdevents, "e-1", finished);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.outcome()).isEqualTo("DUPLICATE");
    }

    @Test
    void aWrongBearerTokenIs401() {
        HookClient.Answer answer =
                hooks.cdevent(cdevents.id(), cdevents.secret() + "x", "/tekton/ci", "e-1", TYPE, finished);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(deliveries(cdevents.id())).extracting(Delivery::outcome).containsExactly(DeliveryOutcome.REJECTED);
    }

    @Test
    void aRequestThatIsNoCloudEventIs400() {
        HookClient.Answer noHeaders =
                hooks.bearer("cdevents", cdevents.id(), cdevents.secret(), "application/json", finished);
        HookClient.Answer notJson = binary(cdevents, "e-3", utf8("not json"));

        assertThat(noHeaders.status()).isEqualTo(400);
        assertThat(notJson.status()).isEqualTo(400);
    }

    @Test
    void anEventTypeThatCarriesNothingIsIgnored() {
        HookClient.Answer answer = hooks.cdevent(
                cdevents.id(),
                cdevents.secret(),
                "/tekton/ci",
                "e-9",
                "dev.cdevents.testcaserun.started.0.2.0",
                utf8("{\"context\":{}}"));

        assertThat(answer.outcome()).isEqualTo("IGNORED");
    }

    private HookClient.Answer binary(Created integration, String id, byte[] body) {
        return hooks.cdevent(integration.id(), integration.secret(), "/tekton/ci", id, TYPE, body);
    }

    private HookClient.Answer structured(Created integration, String id, byte[] data) {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/tekton/ci\",\"type\":\"" + TYPE
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + new String(data, StandardCharsets.UTF_8)
                + "}";
        return hooks.bearer(
                "cdevents", integration.id(), integration.secret(), "application/cloudevents+json", utf8(envelope));
    }
}
