package io.devopstrack.metrics.influx;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service pointed at a port where no InfluxDB listens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class InfluxDownIntegrationTests {

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void closedInfluxPort(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + ClosedPorts.any();
        registry.add("devopstrack.influx.url", () -> url);
        registry.add("devopstrack.ingestion.enabled", () -> "false");
        registry.add("spring.data.redis.database", () -> "1");
        JwksServer.addTo(registry);
    }

    @Test
    void healthIs503NamingInflux() {
        Api.Response health = new Api(port).get("/healthz", null);

        assertThat(health.status()).isEqualTo(503);
        assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(health.json().at("/components/influx/status").asString()).isEqualTo("DOWN");
        assertThat(health.json().at("/components/redis/status").asString()).isEqualTo("UP");
    }

    @Test
    void readsAre503ProblemDocuments() {
        String token = Tokens.token("tester", "VIEWER");
        for (String path : new String[] {"/stats/summary", "/stats/builds", "/stats/delivery"}) {
            Api.Response response = new Api(port).get(path, token);

            assertThat(response.status()).as(path).isEqualTo(503);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
        }
    }
}
