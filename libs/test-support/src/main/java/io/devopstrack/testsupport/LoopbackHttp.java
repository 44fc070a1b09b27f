package io.devopstrack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The HTTP side of the suites' API clients: real requests to a service on loopback, with a bearer token when one is
 * given, answered as text. Each suite's {@code Api} keeps its own answer shape on top.
 */
public final class LoopbackHttp {

    private final HttpClient http;
    private final String baseUrl;
    private final Duration requestTimeout;

    public LoopbackHttp(int port, Duration connectTimeout, Duration requestTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.baseUrl = "http://127.0.0.1:" + port;
        this.requestTimeout = requestTimeout;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    public HttpClient client() {
        return http;
    }

    /** A request to {@code path}, with {@code Authorization: Bearer <token>} unless the token is null. */
    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(requestTimeout);
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    /** The same, announcing a JSON body. */
    public HttpRequest.Builder jsonRequest(String path, String token) {
        return request(path, token).header("Content-Type", "application/json");
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
