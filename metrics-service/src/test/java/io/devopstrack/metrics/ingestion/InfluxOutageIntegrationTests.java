package io.devopstrack.metrics.ingestion;

import static io.devopstrack.metrics.support.Events.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.metrics.support.Influx;
import io.devopstrack.metrics.support.OutageTest;
import io.devopstrack.metrics.support.PrivateInflux;
import io.devopstrack.metrics.support.Streams;
import io.devopstrack.testsupport.JwksServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** InfluxDB stopped while events keep coming: none is acknowledged while it is down, none is lost after. */
class InfluxOutageIntegrationTests extends OutageTest {

    private static final String EXECUTIONS = "test-outage:executions";
    private static final String DEPLOYMENTS = "test-outage:deployments";
    private static final String DATABASE = "metrics_outage";
    private static final PrivateInflux SERVER = new PrivateInflux();

    @Autowired
    private StringRedisTemplate redis;

    @Autowired
    private MeterRegistry meters;

    @DynamicPropertySource
    static void privateInflux(DynamicPropertyRegistry registry) {
        new Influx(SERVER.directUrl(), DATABASE).query("CREATE DATABASE " + DATABASE);
        registry.add("devopstrack.influx.url", SERVER::url);
        registry.add("devopstrack.influx.bucket", () -> DATABASE);
        registry.add("devopstrack.ingestion.executions-stream", () -> EXECUTIONS);
        registry.add("devopstrack.ingestion.deployments-stream", () -> DEPLOYMENTS);
        registry.add("devopstrack.ingestion.flush-interval", () -> "50ms");
        registry.add("devopstrack.ingestion.max-retries", () -> "2");
        JwksServer.addTo(registry);
    }

    @AfterAll
    static void stopServers() {
        SERVER.close();
    }

    @Test
    void eventsPublishedWhileInfluxIsDownAreStoredOnceItIsBack() {
        Streams streams = new Streams(redis, "metrics-service");
        redis.delete(EXECUTIONS);
        Influx influx = new Influx(SERVER.directUrl(), DATABASE);
        Instant base = Instant.parse("2025-06-01T00:00:00Z");
        publish(streams, base, 0, 100);
        await().atMost(Duration.ofSeconds(30)).until(() -> influx.count("job_runs", "duration_ms") == 100);
        streams.awaitStored(EXECUTIONS);

        SERVER.stop();
        double failuresBefore =
                meters.counter("devopstrack.ingestion.write.failures").count();
        publish(streams, base, 100, 500);
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        meters.counter("devopstrack.ingestion.write.failures").count() > failuresBefore + 1);
        assertThat(streams.backlog(EXECUTIONS))
                .as("nothing acknowledged while InfluxDB is down")
                .isEqualTo(500);

        SERVER.start();
        streams.awaitStored(EXECUTIONS);

        assertThat(influx.count("job_runs", "duration_ms")).isEqualTo(600);
        redis.delete(EXECUTIONS);
        redis.delete(DEPLOYMENTS);
    }

    private static void publish(Streams streams, Instant base, int first, int count) {
        for (int i = first; i < first + count; i++) {
            streams.publish(
                    EXECUTIONS,
                    job("outage-" + i, "p1", "SUCCEEDED", base.plusSeconds(i).toString(), i));
        }
    }
}
