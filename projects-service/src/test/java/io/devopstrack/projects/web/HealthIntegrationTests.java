package io.devopstrack.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class HealthIntegrationTests extends IntegrationTest {

    @Test
    void healthzIs200WithMongoUp() {
        Api.Response response = api.get("/healthz", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("UP");
        assertThat(response.json().at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(response.json().path("components").has("redis")).isFalse();
    }

    @Test
    void metricsAreTaggedWithTheApplicationName() {
        api.get("/healthz", null);

        Api.Response response = api.get("/metrics", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("application=\"projects-service\"");
        assertThat(response.body()).contains("http_server_requests_seconds");
    }
}
