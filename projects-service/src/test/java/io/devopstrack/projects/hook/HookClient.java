package io.devopstrack.projects.hook;

import io.devopstrack.testsupport.LoopbackHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts deliveries the way GitHub, GitLab and CDEvents emitters do, over loopback, with any headers. */
final class HookClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final LoopbackHttp http;

    HookClient(int port) {
        this.http = new LoopbackHttp(port, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    record Answer(int status, String body, String contentType) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The {@code outcome} the hook answered: ACCEPTED, DUPLICATE, IGNORED... */
        String outcome() {
            return json().path("outcome").asString();
        }

        String deliveryId() {
            return json().path("deliveryId").asString();
        }
    }

    Answer post(String path, byte[] body, String... headers) {
        HttpRequest.Builder request = http.request(path, null).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = http.send(request);
        return new Answer(
                response.statusCode(),
                response.body(),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    /** A delivery to {@code /hooks/<kind>/<integrationId>} with exactly the headers given. */
    Answer deliver(String kind, String integrationId, byte[] body, String... headers) {
        return post("/hooks/" + kind + "/" + integrationId, body, headers);
    }

    /** A GitHub delivery signed with {@code secret}, as GitHub signs it. */
    Answer github(String integrationId, String secret, String event, String deliveryId, byte[] body) {
        return deliver(
                "github",
                integrationId,
                body,
                "Content-Type",
                "application/json",
                "X-GitHub-Event",
                event,
                "X-GitHub-Delivery",
                deliveryId,
                "X-Hub-Signature-256",
                githubSignature(secret, body));
    }

    /** GitHub's {@code X-Hub-Signature-256} of {@code body} under {@code secret}. */
    static String githubSignature(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(Secrets.hmacSha256(secret, body));
    }

    /** A GitLab delivery with its {@code X-Gitlab-Token}, as GitLab sends it. */
    Answer gitlab(String integrationId, String token, String event, String uuid, byte[] body) {
        return deliver(
                "gitlab",
                integrationId,
                body,
                "Content-Type",
                "application/json",
                "X-Gitlab-Token",
                token,
                "X-Gitlab-Event",
                event,
                "X-Gitlab-Event-UUID",
                uuid);
    }

    /**
     * A delivery of {@code contentType} with {@code Authorization: Bearer <token>}, as Alertmanager and CDEvents
     * emitters authenticate, and any further headers.
     */
    Answer bearer(String kind, String integrationId, String token, String contentType, byte[] body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "Content-Type";
        headers[1] = contentType;
        headers[2] = "Authorization";
        headers[3] = "Bearer " + token;
        System.arraycopy(more, 0, headers, 4, more.length);
        return deliver(kind, integrationId, body, headers);
    }

    /** A binary-mode CloudEvent, as a CDEvents emitter sends it, with {@code Authorization: Bearer <token>}. */
    Answer cdevent(String integrationId, String token, String source, String id, String type, byte[] body) {
        return bearer(
                "cdevents",
                integrationId,
                token,
                "application/json",
                body,
                "ce-specversion",
                "1.0",
                "ce-id",
                id,
                "ce-source",
                source,
                "ce-type",
                type);
    }

    static byte[] fixture(String path) {
        try (InputStream in = HookClient.class.getResourceAsStream("/hooks/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
