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

    /** A GitHub delivery signed with {@code secret}, as GitHub signs it. */
    Answer github(String integrationId, String secret, String event, String deliveryId, byte[] body) {
        return post(
                "/hooks/github/" + integrationId,
                body,
                "Content-Type",
                "application/json",
                "X-GitHub-Event",
                event,
                "X-GitHub-Delivery",
                deliveryId,
                "X-Hub-Signature-256",
                "sha256=" + HexFormat.of().formatHex(Secrets.hmacSha256(secret, body)));
    }

    /** A GitLab delivery with its {@code X-Gitlab-Token}, as GitLab sends it. */
    Answer gitlab(String integrationId, String token, String event, String uuid, byte[] body) {
        return post(
                "/hooks/gitlab/" + integrationId,
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

    /** A binary-mode CloudEvent, as a CDEvents emitter sends it, with {@code Authorization: Bearer <token>}. */
    Answer cdevent(String integrationId, String token, String source, String id, String type, byte[] body) {
        return post(
                "/hooks/cdevents/" + integrationId,
                body,
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + token,
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
