package io.devopstrack.auth.support;

import io.devopstrack.testsupport.LoopbackHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the running service; each login comes from its own client address unless told. */
public final class AuthApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LoopbackHttp http;

    public AuthApi(int port) {
        this.http = new LoopbackHttp(port, Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    public String baseUrl() {
        return http.baseUrl();
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response login(String username, String password) {
        return login(username, password, randomClientAddress());
    }

    public Response login(String username, String password, String clientAddress) {
        return send(http.jsonRequest("/auth/login", null)
                .header("X-Forwarded-For", clientAddress)
                .POST(json(Map.of("username", username, "password", password))));
    }

    public String accessToken(String username, String password) {
        Response response = login(username, password);
        if (response.status() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + response);
        }
        return response.json().get("accessToken").asString();
    }

    public Response refresh(String refreshToken) {
        return post("/auth/refresh", Map.of("refreshToken", refreshToken), null);
    }

    public Response logout(String refreshToken) {
        return post("/auth/logout", Map.of("refreshToken", refreshToken), null);
    }

    public Response get(String path, String accessToken) {
        return send(http.jsonRequest(path, accessToken).GET());
    }

    public Response post(String path, Object body, String accessToken) {
        return send(http.jsonRequest(path, accessToken).POST(json(body)));
    }

    public Response patch(String path, Object body, String accessToken) {
        return send(http.jsonRequest(path, accessToken).method("PATCH", json(body)));
    }

    public Response delete(String path, String accessToken) {
        return send(http.jsonRequest(path, accessToken).DELETE());
    }

    /** Sends a body exactly as given, for malformed documents and wrong media types. */
    public Response send(String method, String path, String contentType, String body, String accessToken) {
        HttpRequest.Builder builder = http.jsonRequest(path, accessToken)
                .setHeader("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        return send(builder);
    }

    public static String randomClientAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder builder) {
        HttpResponse<String> response = http.send(builder);
        return new Response(response.statusCode(), response.headers(), response.body());
    }
}
