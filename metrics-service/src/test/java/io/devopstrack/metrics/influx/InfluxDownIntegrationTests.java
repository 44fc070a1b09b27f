package io.devopstrack.metrics.influx;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.Health;
import io.devopstrack.metrics.support.OutageTest;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.JwksServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service pointed at a port where no InfluxDB listens. */
class InfluxDownIntegrationTests extends OutageTest {

    @DynamicPropertySource
    static void closedInfluxPort(DynamicPropertyRegistry registry) {
        String url = "http://127.0.0.1:" + ClosedPorts.any();
        registry.add("devopstrack.influx.url", () -> url);
        registry.add("devopstrack.ingestion.enabled", () -> "false");
        JwksServer.addTo(registry);
    }

    @Test
    void healthIs503NamingInflux() {
        assertThat(Health.of(api())).isEqualTo(new Health(503, "DOWN", "DOWN", "UP"));
    }

    @Test
    void readsAre503ProblemDocuments() {
        String token = viewerToken();
        for (String path : new String[] {"/stats/summary", "/stats/builds", "/stats/delivery"}) {
            Api.Response response = api().get(path, token);

            assertUnavailableProblem(response, path);
        }
    }
}
