package io.devopstrack.tasks.support;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.RedisServiceTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** tasks-service against the real Redis under its own key prefix, with a fake auth-service and projects-service. */
public abstract class RedisIntegrationTest extends RedisServiceTest {

    protected static final RedisKeys KEYS = new RedisKeys(PREFIX);
    protected static final FakeAuthAndProjects AUTH = FakeAuthAndProjects.get();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("devopstrack.key-prefix", () -> PREFIX);
        JwksServer.addTo(registry);
        registry.add("devopstrack.projects-url", AUTH::baseUrl);
        registry.add("devopstrack.projects-timeout", () -> "500ms");
        registry.add("devopstrack.projects-cache-ttl", () -> "0s");
    }

    protected Api api() {
        return new Api(port);
    }
}
