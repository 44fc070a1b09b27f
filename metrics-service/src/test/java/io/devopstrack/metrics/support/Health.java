package io.devopstrack.metrics.support;

import tools.jackson.databind.JsonNode;

/** What {@code GET /healthz} answers: its HTTP status, the overall status, and InfluxDB's and Redis's. */
public record Health(int httpStatus, String status, String influx, String redis) {

    public static Health of(Api api) {
        Api.Response response = api.get("/healthz", null);
        JsonNode json = response.json();
        return new Health(
                response.status(),
                json.path("status").asString(),
                json.at("/components/influx/status").asString(),
                json.at("/components/redis/status").asString());
    }
}
