package io.devopstrack.metrics.support;

import io.devopstrack.testsupport.LoopbackHttp;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service over real HTTP. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final LoopbackHttp http;

    public Api(int port) {
        this.http = new LoopbackHttp(port, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    public Response get(String pathAndQuery, String token) {
        HttpResponse<String> response =
                http.send(http.request(pathAndQuery, token).GET());
        return new Response(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
