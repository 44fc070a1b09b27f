package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.IntegrationKind;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * GitHub webhooks: {@code X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>}, delivery id
 * {@code X-GitHub-Delivery}, event {@code X-GitHub-Event}. Both content types GitHub offers are read
 * ({@code application/json}, and {@code application/x-www-form-urlencoded} with the JSON in {@code payload}).
 */
@Component
class GitHubHook implements HookSource {

    /** The events that carry something for DevOpsTrack, with the member their payload must have. */
    private static final Map<String, String> EVENTS = Map.of(
            "workflow_run",
            "workflow_run",
            "workflow_job",
            "workflow_job",
            "push",
            "ref",
            "deployment_status",
            "deployment_status");

    /** What this class and {@code GitHubMapper} read of a payload; the rest is skipped unparsed (PayloadFields). */
    static final PayloadFields READ = PayloadFields.of(
            "action",
            "ref",
            "repository.html_url",
            "repository.clone_url",
            "repository.ssh_url",
            "repository.git_url",
            "sender.login",
            "workflow.name",
            "workflow_run.*",
            "workflow_run.actor.login",
            "workflow_run.triggering_actor.login",
            "workflow_run.head_commit.timestamp",
            "workflow_job.*",
            "commits.id",
            "commits.timestamp",
            "deployment.*",
            "deployment_status.*");

    @Override
    public IntegrationKind kind() {
        return IntegrationKind.GITHUB;
    }

    @Override
    public boolean authentic(HookRequest request, String secret) {
        String signature = request.header("X-Hub-Signature-256");
        if (signature == null || !signature.startsWith("sha256=")) {
            return false;
        }
        byte[] presented;
        try {
            presented = HexFormat.of().parseHex(signature.substring("sha256=".length()));
        } catch (IllegalArgumentException notHex) {
            return false;
        }
        return MessageDigest.isEqual(presented, Secrets.hmacSha256(secret, request.body()));
    }

    @Override
    public Received read(HookRequest request) {
        String deliveryId = require(request, "X-GitHub-Delivery");
        String event = require(request, "X-GitHub-Event");
        byte[] json = payload(request);
        JsonNode payload = JsonBodies.object(json, READ);
        String member = EVENTS.get(event);
        if (member == null) {
            return new Received(
                    deliveryId, event, json, List.of(), "event " + event + " carries nothing for DevOpsTrack", null);
        }
        if (!payload.has(member)) {
            throw new BadHookBody("A " + event + " payload must have " + member + ".");
        }
        List<String> urls = Stream.of("html_url", "clone_url", "ssh_url", "git_url")
                .map(field -> JsonBodies.text(payload, "repository." + field))
                .filter(u -> u != null)
                .toList();
        return new Received(deliveryId, event, json, urls, null, payload);
    }

    @Override
    public String claimedDeliveryId(HookRequest request) {
        return request.header("X-GitHub-Delivery");
    }

    @Override
    public String claimedEvent(HookRequest request) {
        return request.header("X-GitHub-Event");
    }

    private static String require(HookRequest request, String header) {
        String value = request.header(header);
        if (value == null || value.length() > 200) {
            throw new BadHookBody("The " + header + " header is required.");
        }
        return value;
    }

    private static byte[] payload(HookRequest request) {
        String type = request.header("Content-Type");
        if (type == null || !type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            return request.body();
        }
        for (String pair : new String(request.body(), StandardCharsets.UTF_8).split("&")) {
            if (pair.startsWith("payload=")) {
                return URLDecoder.decode(pair.substring("payload=".length()), StandardCharsets.UTF_8)
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        throw new BadHookBody("A form-encoded delivery must have a payload field.");
    }
}
