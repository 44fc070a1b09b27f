package io.devopstrack.metrics.support;

import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.TestEnvironment;
import io.devopstrack.testsupport.TestRedis;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One running service for the integration tests: the real InfluxDB (through the local write proxy) with database
 * {@code metrics_test}, Redis database 1 (streams {@code metrics-test:*}), tokens from libs/test-support.
 * Subclasses share the context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(TestRedis.TAG)
public abstract class IntegrationTest {

    // Stream keys of their own: other modules' tests also use Redis database 1 and may publish on the real keys. One
    // hash tag, since ingestion reads both in one XREADGROUP, which a Redis Cluster accepts only within one slot.
    public static final String EXECUTIONS = "metrics-test:{metrics-test}:executions";
    public static final String DEPLOYMENTS = "metrics-test:{metrics-test}:deployments";
    public static final String INCIDENTS = "metrics-test:{metrics-test}:incidents";
    public static final String INFLUX_URL = env("INFLUX_URL", "http://127.0.0.1:8086");
    public static final String TEST_BUCKET = env("METRICS_TEST_INFLUX_BUCKET", "metrics_test");

    protected final Influx influx = new Influx(INFLUX_URL, TEST_BUCKET);

    @Autowired
    private StringRedisTemplate redis;

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void testServers(DynamicPropertyRegistry registry) {
        JwksServer.addTo(registry);
        registry.add("devopstrack.influx.bucket", () -> TEST_BUCKET);
        TestRedis.addTo(registry, env("METRICS_TEST_REDIS_DATABASE", "1"));
        registry.add("devopstrack.ingestion.executions-stream", () -> EXECUTIONS);
        registry.add("devopstrack.ingestion.deployments-stream", () -> DEPLOYMENTS);
        registry.add("devopstrack.ingestion.incidents-stream", () -> INCIDENTS);
        registry.add("devopstrack.ingestion.flush-interval", () -> "50ms");
        registry.add("devopstrack.ingestion.gauge-refresh", () -> "200ms");
        registry.add("devopstrack.ingestion.claim-idle", () -> "2s");
        registry.add("devopstrack.projects.url", () -> ProjectsStub.get().url());
        registry.add("devopstrack.projects.cache-ttl", () -> "0s");
    }

    @BeforeEach
    void startFromNothing() {
        streams().awaitStored(EXECUTIONS, DEPLOYMENTS, INCIDENTS);
        streams().clear(EXECUTIONS);
        streams().clear(DEPLOYMENTS);
        streams().clear(INCIDENTS);
        influx.dropMeasurements("job_runs", "stage_runs", "deployments", "incidents");
    }

    protected Streams streams() {
        return new Streams(redis, "metrics-service");
    }

    protected Api api() {
        return new Api(port);
    }

    protected String viewerToken() {
        return Tokens.token("tester", "VIEWER");
    }

    static String env(String name, String fallback) {
        return TestEnvironment.get(name, fallback);
    }
}
