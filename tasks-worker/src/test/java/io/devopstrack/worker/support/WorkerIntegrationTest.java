package io.devopstrack.worker.support;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.platform.lifecycle.BackgroundWork;
import io.devopstrack.testsupport.RedisServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The worker against the real Redis under its own key prefix, with stages of a few milliseconds that never fail. */
@DirtiesContext
public abstract class WorkerIntegrationTest extends RedisServiceTest {

    protected static final RedisKeys KEYS = new RedisKeys(PREFIX);

    @Autowired
    private BackgroundWork consumer;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("devopstrack.worker.key-prefix", () -> PREFIX);
        registry.add("devopstrack.worker.stage-min-ms", () -> "5");
        registry.add("devopstrack.worker.stage-max-ms", () -> "20");
        registry.add("devopstrack.worker.failure-rate", () -> "0");
        registry.add("devopstrack.worker.gauge-refresh-ms", () -> "200");
    }

    protected TestJobs jobs() {
        return new TestJobs(redis, PREFIX);
    }

    /** Stopped before the keys go: a running consumer would create its group (and stream) again. */
    @AfterAll
    void stopConsuming() {
        consumer.stop();
    }
}
