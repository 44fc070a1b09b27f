package io.devopstrack.metrics.ingestion;

import static io.devopstrack.metrics.support.Events.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.Influx;
import io.devopstrack.metrics.support.Streams;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.PrivateRedis;
import io.devopstrack.testsupport.TestEnvironment;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis restarted empty under a running service (a private redis-server, no persistence): the streams and the
 * consumer group are gone, the next read fails with NOGROUP, and ingestion creates them again and goes on storing
 * the events published after the restart, without a restart of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RedisRestartIntegrationTests {

    private static final String EXECUTIONS = "test-restart:{restart}:executions";
    private static final String DEPLOYMENTS = "test-restart:{restart}:deployments";
    private static final String BUCKET = TestEnvironment.get("METRICS_TEST_INFLUX_BUCKET", "metrics_test");
    private static final PrivateRedis REDIS = new PrivateRedis();

    private final Influx influx = new Influx(TestEnvironment.get("INFLUX_URL", "http://127.0.0.1:8086"), BUCKET);

    @Autowired
    private StringRedisTemplate redis;

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void privateRedis(DynamicPropertyRegistry registry) {
        REDIS.start();
        registry.add("spring.data.redis.port", REDIS::port);
        registry.add("spring.data.redis.database", () -> "0");
        registry.add("devopstrack.influx.bucket", () -> BUCKET);
        registry.add("devopstrack.ingestion.executions-stream", () -> EXECUTIONS);
        registry.add("devopstrack.ingestion.deployments-stream", () -> DEPLOYMENTS);
        registry.add("devopstrack.ingestion.flush-interval", () -> "50ms");
        JwksServer.addTo(registry);
    }

    @AfterAll
    static void stopRedis() {
        REDIS.close();
    }

    @Test
    void afterARestartThatLostTheStreamIngestionRecreatesTheGroupAndGoesOn() {
        influx.dropMeasurements("job_runs");
        Streams streams = new Streams(redis, "metrics-service");
        Instant base = Instant.parse("2025-07-01T00:00:00Z");
        publish(streams, base, 0, 10);
        await().atMost(Duration.ofSeconds(30)).until(() -> influx.count("job_runs", "duration_ms") == 10);

        REDIS.stop();
        REDIS.start();
        assertThat(redis.hasKey(EXECUTIONS)).as("the restarted Redis is empty").isFalse();
        publish(streams, base, 10, 15);

        await().atMost(Duration.ofSeconds(30)).until(() -> influx.count("job_runs", "duration_ms") == 25);
        streams.awaitStored(EXECUTIONS);
        assertThat(redis.opsForStream().groups(EXECUTIONS).stream().map(g -> g.groupName()))
                .containsExactly("metrics-service");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> new Api(port).get("/healthz", null).status() == 200);
    }

    private static void publish(Streams streams, Instant base, int first, int count) {
        for (int i = first; i < first + count; i++) {
            streams.publish(
                    EXECUTIONS,
                    job(
                            "restart-" + i,
                            "p-restart",
                            "SUCCEEDED",
                            base.plusSeconds(i).toString(),
                            10));
        }
    }
}
