package io.devopstrack.projects.support;

import io.devopstrack.testsupport.LoopbackHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the running service: real requests over loopback, JSON answers as trees. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final LoopbackHttp http;

    public Api(int port) {
        this.http = new LoopbackHttp(port, Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The {@code field} of every entry of a problem document's {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors")
                    .forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }
    }

    public Response get(String path, String token) {
        return send(http.request(path, token).GET());
    }

    public Response post(String path, String token, String json) {
        return send(http.jsonRequest(path, token).POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Posts and answers the {@code id} of what the service created. */
    public String postForId(String path, String token, String json) {
        return post(path, token, json).json().path("id").asString();
    }

    public Response put(String path, String token, String json) {
        return send(http.jsonRequest(path, token).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response patch(String path, String token, String json) {
        return send(http.jsonRequest(path, token).method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String token) {
        return send(http.request(path, token).DELETE());
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = http.send(request);
        return new Response(response.statusCode(), response);
    }
}
