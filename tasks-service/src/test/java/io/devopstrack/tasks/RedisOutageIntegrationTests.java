package io.devopstrack.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.tasks.support.Api;
import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.FakeAuthAndProjects;
import io.devopstrack.testsupport.PrivateRedis;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Redis away: health says so, the API answers 503 (never 500), and both recover when Redis is back. */
class RedisOutageIntegrationTests {

    private static final FakeAuthAndProjects AUTH = FakeAuthAndProjects.get();
    private final String admin = AUTH.token("ADMIN");

    @Test
    void withRedisOnAClosedPortHealthIs503NamingRedisAndTheApiIs503() {
        try (ConfigurableApplicationContext app = start(PrivateRedis.closedPort())) {
            Api api = new Api(port(app));

            Response health = api.get("/healthz", null);
            Response start = api.post("/tasks", "{\"projectId\":\"p\",\"ref\":\"main\"}", admin);

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json()
                            .get("components")
                            .get("redis")
                            .get("status")
                            .asString())
                    .isEqualTo("DOWN");
            assertThat(start.status()).isEqualTo(503);
            assertThat(start.contentType()).startsWith("application/problem+json");
            assertThat(start.body()).doesNotContainIgnoringCase("lettuce").doesNotContain("Exception");
            assertThat(api.get("/metrics", null).body()).contains("application=\"tasks-service\"");
        }
    }

    @Test
    void redisStoppedGives503AndTheServiceRecoversWhenItIsBack() {
        try (PrivateRedis redis = new PrivateRedis().start();
                ConfigurableApplicationContext app = start(redis.port())) {
            Api api = new Api(port(app));
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

    private static ConfigurableApplicationContext start(int redisPort) {
        return new SpringApplicationBuilder(TasksServiceApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.data.redis.port=" + redisPort,
                        "--spring.data.redis.database=0",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + AUTH.jwksUri(),
                        "--devopstrack.projects-url=" + AUTH.baseUrl(),
                        "--devopstrack.projects-timeout=500ms");
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }
}
