package io.devopstrack.metrics.web;

import static io.devopstrack.metrics.support.Events.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.metrics.support.Health;
import io.devopstrack.metrics.support.IntegrationTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OperationsEndpointsIntegrationTests extends IntegrationTest {

    @Test
    void healthIsUpWithInfluxAndRedisUp() {
        assertThat(Health.of(api())).isEqualTo(new Health(200, "UP", "UP", "UP"));
    }

    @Test
    void prometheusMetricsNameTheApplicationAndTheIngestionMeters() {
        streams().publish(EXECUTIONS, job("m-1", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100));
        streams().awaitStored(EXECUTIONS);

        String metrics = api().get("/metrics", null).body();

        assertThat(metrics).contains("application=\"metrics-service\"");
        assertThat(metrics).containsPattern("(?m)^devopstrack_ingestion_lag_seconds\\{");
        assertThat(metrics).containsPattern("(?m)^devopstrack_ingestion_pending_events\\{");
        assertThat(metrics).containsPattern("(?m)^devopstrack_ingestion_write_failures_total\\{");
        assertThat(metrics).containsPattern("(?m)^devopstrack_ingested_points_total\\{.*} [1-9]");
    }

    @Test
    void pendingEventsGaugeFollowsTheBacklogBackToZero() {
        streams().publish(EXECUTIONS, job("g-1", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100));
        streams().awaitStored(EXECUTIONS);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(api().get("/metrics", null).body())
                        .containsPattern("(?m)^devopstrack_ingestion_pending_events\\{.*} 0\\.0$")
                        .containsPattern("(?m)^devopstrack_ingestion_lag_seconds\\{.*} 0\\.0$"));
    }
}
