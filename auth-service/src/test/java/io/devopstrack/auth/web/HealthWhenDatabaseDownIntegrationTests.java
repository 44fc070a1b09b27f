package io.devopstrack.auth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.auth.support.AuthApi;
import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.TestDatabases;
import io.devopstrack.testsupport.TcpProxy;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The service reaches PostgreSQL through a relay; closing the relay is PostgreSQL going away. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HealthWhenDatabaseDownIntegrationTests {

    private static final TcpProxy database =
            new TcpProxy(TestDatabases.uri().getHost(), TestDatabases.uri().getPort());

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        URI uri = TestDatabases.uri();
        registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:" + database.port() + uri.getPath());
    }

    @AfterAll
    static void closeRelay() {
        database.close();
    }

    @Test
    @Order(1)
    void healthzIs200WithPostgresUp() {
        Response health = new AuthApi(port).get("/healthz", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/db/status").asString()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void healthzIs503NamingDbOncePostgresIsUnreachable() {
        AuthApi api = new AuthApi(port);

        database.close();

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
        Response login =
                new AuthApi(port).post("/auth/login", Map.of("username", "someone", "password", "something"), null);

        assertThat(login.status()).isEqualTo(503);
        assertThat(login.contentType()).startsWith("application/problem+json");
        assertThat(login.body())
                .doesNotContainIgnoringCase("jdbc")
                .doesNotContainIgnoringCase("postgres")
                .doesNotContainIgnoringCase("exception");
    }
}
