package io.devopstrack.tasks.support;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.RedisTestKeys;
import io.devopstrack.testsupport.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port against the real Redis that {@code make test} starts (database 1; or the
 * local Redis Cluster, see {@link TestRedis}),
 * under a key prefix of its own so that parallel runs and other suites never see each other's keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(TestRedis.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RedisIntegrationTest {

    protected static final String PREFIX = RedisTestKeys.randomPrefix();
    protected static final RedisKeys KEYS = new RedisKeys(PREFIX);
    protected static final FakeAuthAndProjects AUTH = FakeAuthAndProjects.get();

    @LocalServerPort
    protected int port;

    @Autowired
    protected StringRedisTemplate redis;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestRedis.addTo(registry, TestRedis.tasksDatabase());
        registry.add("devopstrack.key-prefix", () -> PREFIX);
        JwksServer.addTo(registry);
        registry.add("devopstrack.projects-url", AUTH::baseUrl);
        registry.add("devopstrack.projects-timeout", () -> "500ms");
        registry.add("devopstrack.projects-cache-ttl", () -> "0s");
    }

    protected Api api() {
        return new Api(port);
    }

    @AfterAll
    void deleteTestKeys() {
        RedisTestKeys.deleteAll(redis, PREFIX);
    }
}
