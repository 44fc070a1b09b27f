package io.devopstrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.tasks.support.Api;
import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.FakeAuthAndProjects;
import io.devopstrack.tasks.support.ServiceOnRedis;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.PrivateRedis;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Redis away: health says so, the API answers 503 (never 500), and both recover when Redis is back. */
class RedisOutageIntegrationTests {

    private static final FakeAuthAndProjects AUTH = FakeAuthAndProjects.get();
    private final String admin = AUTH.token("ADMIN");

    @Test
    void withRedisOnAClosedPortHealthIs503NamingRedisAndTheApiIs503() {
        try (ConfigurableApplicationContext app = ServiceOnRedis.start(ClosedPorts.any())) {
            Api api = ServiceOnRedis.api(app);

            Response health = api.get("/healthz", null);
            Response start = api.post("/tasks", "{\"projectId\":\"p\",\"ref\":\"main\"}", admin);

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().at("/components/redis/status").asString()).isEqualTo("DOWN");
            assertThat(start.status()).isEqualTo(503);
            assertThat(start.contentType()).startsWith("application/problem+json");
            assertThat(start.body()).doesNotContainIgnoringCase("lettuce").doesNotContain("Exception");
            assertThat(api.get("/metrics", null).body()).contains("application=\"tasks-service\"");
        }
    }

    @Test
    void redisStoppedGives503AndTheServiceRecoversWhenItIsBack() {
        try (PrivateRedis redis = new PrivateRedis().start();
                ConfigurableApplicationContext app = ServiceOnRedis.start(redis.port())) {
            Api api = ServiceOnRedis.api(app);
            String body = "{\"projectId\":\"p\",\"ref\":\"main\"}";
            assertThat(api.post("/tasks", body, admin).status()).isEqualTo(202);

            redis.stop();

            assertThat(api.post("/tasks", body, admin).status()).isEqualTo(503);
            assertThat(api.get("/tasks", admin).status()).isEqualTo(503);
            assertThat(api.get("/healthz", null).status()).isEqualTo(503);

            redis.start();

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> api.post("/tasks", body, admin).status() == 202);
            assertThat(api.get("/tasks", admin).status()).isEqualTo(200);
            assertThat(api.get("/healthz", null).status()).isEqualTo(200);
        }
    }
}
