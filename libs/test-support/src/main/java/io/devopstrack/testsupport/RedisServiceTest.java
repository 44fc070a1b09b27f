package io.devopstrack.testsupport;

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
 * A whole service on a random port against the jobs' database of the real Redis that {@code make test} starts (or
 * the local Redis Cluster, see {@link TestRedis}), its keys under a prefix of their own so that parallel runs and
 * other suites never see each other's keys; every key under it is deleted once the class is done. A subclass hands
 * {@link #PREFIX} to the service's own prefix property.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(TestRedis.TAG)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RedisServiceTest {

    protected static final String PREFIX = RedisTestKeys.randomPrefix();

    @LocalServerPort
    protected int port;

    @Autowired
    protected StringRedisTemplate redis;

    @DynamicPropertySource
    static void jobsRedis(DynamicPropertyRegistry registry) {
        TestRedis.addTo(registry, TestRedis.tasksDatabase());
    }

    /** After the subclasses' own {@code @AfterAll} (a worker stops consuming there, or it would write again). */
    @AfterAll
    void deletePrefixedKeys() {
        RedisTestKeys.deleteAll(redis, PREFIX);
    }
}
