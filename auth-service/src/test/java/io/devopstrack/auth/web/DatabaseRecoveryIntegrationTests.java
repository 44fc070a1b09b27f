package io.devopstrack.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.auth.support.AuthApi;
import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.DatabaseRelayTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away and comes back (the relay cut, then listening again on the same port): the same running
 * service is healthy again and logs users in, without a restart; its connection pool replaces the dead connections.
 */
class DatabaseRecoveryIntegrationTests extends DatabaseRelayTest {

    @Test
    void whenPostgresIsBackHealthIs200AndLoginWorksWithoutARestart() {
        AuthApi api = api();
        assertThat(api.login("admin", "test-admin-password", "10.9.0.1").status())
                .isEqualTo(200);

        database().cut();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/healthz", null).status() == 503);
        assertThat(api.login("admin", "test-admin-password", "10.9.0.2").status())
                .isEqualTo(503);

        database().restore();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    Response health = api.get("/healthz", null);
                    assertThat(health.status()).isEqualTo(200);
                    assertThat(health.json().at("/components/db/status").asString())
                            .isEqualTo("UP");
                });
        Response login = api.login("admin", "test-admin-password", "10.9.0.3");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().path("accessToken").asString()).isNotBlank();
    }
}
