package io.devopstrack.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.auth.support.AuthApi;
import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.DatabaseRelayTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Closing the relay between the service and PostgreSQL is PostgreSQL going away. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthWhenDatabaseDownIntegrationTests extends DatabaseRelayTest {

    @Test
    @Order(1)
    void healthzIs200WithPostgresUp() {
        Response health = api().get("/healthz", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/db/status").asString()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void healthzIs503NamingDbOncePostgresIsUnreachable() {
        AuthApi api = api();

        database().close();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response health = api.get("/healthz", null);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asString()).isEqualTo("DOWN");
            assertThat(health.json().at("/components/db/status").asString()).isEqualTo("DOWN");
        });
    }

    @Test
    @Order(3)
    void loginWhilePostgresIsUnreachableIs503ProblemWithoutDriverDetails() {
        Response login = api().post("/auth/login", Map.of("username", "someone", "password", "something"), null);

        assertThat(login.status()).isEqualTo(503);
        assertThat(login.contentType()).startsWith("application/problem+json");
        assertThat(login.body())
                .doesNotContainIgnoringCase("jdbc")
                .doesNotContainIgnoringCase("postgres")
                .doesNotContainIgnoringCase("exception");
    }
}
