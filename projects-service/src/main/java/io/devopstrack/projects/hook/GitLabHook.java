package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.IntegrationKind;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * GitLab webhooks: {@code X-Gitlab-Token: <secret>}, delivery id {@code X-Gitlab-Event-UUID}, else
 * {@code Idempotency-Key}, else (an old GitLab sending neither) {@code sha256:<hex of the body>}; event
 * {@code X-Gitlab-Event}, whose body must have the matching {@code object_kind}.
 */
@Component
class GitLabHook implements HookSource {

    private static final Map<String, String> OBJECT_KINDS = Map.of(
            "Pipeline Hook", "pipeline", "Job Hook", "build", "Push Hook", "push", "Deployment Hook", "deployment");

    @Override
    public IntegrationKind kind() {
        return IntegrationKind.GITLAB;
    }

    @Override
    public boolean authentic(HookRequest request, String secret) {
        return Secrets.tokenMatches(request.header("X-Gitlab-Token"), secret);
    }

    @Override
    public Received read(HookRequest request) {
        String event = request.header("X-Gitlab-Event");
        if (event == null) {
            throw new BadHookBody("The X-Gitlab-Event header is required.");
        }
        String deliveryId = claimedDeliveryId(request);
        if (deliveryId == null) {
            deliveryId = "sha256:" + HexFormat.of().formatHex(Secrets.sha256(request.body()));
        }
        JsonNode payload = JsonBodies.object(request.body());
        String objectKind = OBJECT_KINDS.get(event);
        if (objectKind == null) {
            return new Received(
                    deliveryId,
                    event,
                    request.body(),
                    List.of(),
                    "event " + event + " carries nothing for DevOpsTrack",
                    null);
        }
        if (!objectKind.equals(JsonBodies.text(payload, "object_kind"))) {
            throw new BadHookBody("A " + event + " body must have object_kind " + objectKind + ".");
        }
        List<String> urls = Stream.of(
                        "project.web_url",
                        "project.git_http_url",
                        "project.git_ssh_url",
                        "repository.homepage",
                        "repository.git_http_url",
                        "repository.git_ssh_url")
                .map(path -> JsonBodies.text(payload, path))
                .filter(u -> u != null)
                .toList();
        return new Received(deliveryId, event, request.body(), urls, null, payload);
    }

    @Override
    public String claimedDeliveryId(HookRequest request) {
        String uuid = request.header("X-Gitlab-Event-UUID");
        return uuid != null ? uuid : request.header("Idempotency-Key");
    }

    @Override
    public String claimedEvent(HookRequest request) {
        return request.header("X-Gitlab-Event");
    }
}
