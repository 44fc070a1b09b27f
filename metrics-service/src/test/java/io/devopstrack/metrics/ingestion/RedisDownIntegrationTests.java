package io.devopstrack.metrics.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.Health;
import io.devopstrack.metrics.support.OutageTest;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.JwksServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Redis unreachable at start: the service still starts, reports it, and keeps serving reads from InfluxDB. */
class RedisDownIntegrationTests extends OutageTest {

    @DynamicPropertySource
    static void closedRedisPort(DynamicPropertyRegistry registry) {
        int closedPort = ClosedPorts.any();
        registry.add("spring.data.redis.port", () -> closedPort);
        registry.add("devopstrack.ingestion.executions-stream", () -> "test-redis-down:executions");
        registry.add("devopstrack.ingestion.deployments-stream", () -> "test-redis-down:deployments");
        registry.add("devopstrack.influx.bucket", () -> "metrics_test");
        JwksServer.addTo(registry);
    }

    @Test
    void theServiceStartsAndHealthNamesRedisDown() {
        assertThat(Health.of(api())).isEqualTo(new Health(503, "DOWN", "UP", "DOWN"));
    }

    @Test
    void readsStillWork() {
        Api.Response summary = api().get("/stats/summary", viewerToken());

        assertThat(summary.status()).isEqualTo(200);
    }
}
