package io.devopstrack.worker.support;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.platform.lifecycle.BackgroundWork;
import io.devopstrack.testsupport.RedisTestKeys;
import io.devopstrack.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The worker on a random port against the real Redis of {@code make test} (database 1), under its own key prefix. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(TestRedis.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
public abstract class WorkerIntegrationTest {

    protected static final String PREFIX = RedisTestKeys.randomPrefix();
    protected static final RedisKeys KEYS = new RedisKeys(PREFIX);

    @LocalServerPort
    protected int port;

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    private BackgroundWork consumer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestRedis.addTo(registry, TestRedis.tasksDatabase());
        registry.add("devopstrack.worker.key-prefix", () -> PREFIX);
        registry.add("devopstrack.worker.stage-min-ms", () -> "5");
        registry.add("devopstrack.worker.stage-max-ms", () -> "20");
        registry.add("devopstrack.worker.failure-rate", () -> "0");
        registry.add("devopstrack.worker.gauge-refresh-ms", () -> "200");
    }

    protected TestJobs jobs() {
        return new TestJobs(redis, PREFIX);
    }

    @AfterAll
    void deleteTestKeys() {
        // Stopped first: a running consumer would create its group (and stream) again.
        consumer.stop();
        jobs().deleteAll();
    }
}
