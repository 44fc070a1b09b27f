package io.devopstrack.tasks.support;

import io.devopstrack.testsupport.LoopbackHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny HTTP client for the running service: the requests a real client sends, nothing mocked. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final LoopbackHttp http;

    public Api(int port) {
        this.http = new LoopbackHttp(port, Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    public record Response(int status, String contentType, String body, JsonNode json) {}

    public Response get(String path, String token) {
        return send(http.request(path, token).GET());
    }

    public Response post(String path, String body, String token) {
        return send(http.jsonRequest(path, token).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST with one more header, e.g. an Idempotency-Key. */
    public Response post(String path, String body, String token, String header, String value) {
        return send(
                http.jsonRequest(path, token).header(header, value).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public URI uri(String path) {
        return http.uri(path);
    }

    public HttpClient client() {
        return http.client();
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = http.send(request);
        String body = response.body();
        JsonNode node = body.isBlank() || !(body.startsWith("{") || body.startsWith("[")) ? null : JSON.readTree(body);
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                body,
                node);
    }
}
