package io.devopstrack.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.AuthServiceApplication;
import io.devopstrack.auth.support.AuthApi;
import io.devopstrack.auth.support.JwtParts;
import io.devopstrack.auth.support.TestDatabases;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whole applications started and stopped against a database of their own, created empty for each test. */
class SigningKeyRestartIntegrationTests {

    private String databaseUrl;

    @BeforeEach
    void createEmptyDatabase() {
        databaseUrl = TestDatabases.createEmpty();
    }

    @AfterEach
    void dropDatabase() {
        TestDatabases.drop(databaseUrl);
    }

    @Test
    void aTokenIssuedBeforeARestartStillVerifiesAfterIt() {
        String token;
        try (ConfigurableApplicationContext first = start()) {
            token = api(first).accessToken("admin", "test-admin-password");
        }

        try (ConfigurableApplicationContext second = start()) {
            AuthApi api = api(second);

            assertThat(api.get("/auth/me", token).status()).isEqualTo(200);
            assertThat(api.get("/auth/jwks", null).json().get("keys").findValuesAsString("kid"))
                    .containsExactly(JwtParts.header(token).get("kid").asString());
        }
    }

    @Test
    void twoReplicasStartingTogetherOnAnEmptyDatabaseAgreeOnOneKeyAndOneFirstAdmin() {
        CompletableFuture<ConfigurableApplicationContext> a = CompletableFuture.supplyAsync(this::start);
        CompletableFuture<ConfigurableApplicationContext> b = CompletableFuture.supplyAsync(this::start);
        try (ConfigurableApplicationContext replicaA = a.join();
                ConfigurableApplicationContext replicaB = b.join()) {
            String tokenFromA = api(replicaA).accessToken("admin", "test-admin-password");

            assertThat(api(replicaB).get("/auth/me", tokenFromA).status()).isEqualTo(200);
            assertThat(api(replicaA).get("/auth/jwks", null).body())
                    .isEqualTo(api(replicaB).get("/auth/jwks", null).body());
            JdbcClient jdbc = replicaA.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select status from signing_keys")
                            .query(String.class)
                            .list())
                    .isEqualTo(List.of("ACTIVE"));
            assertThat(jdbc.sql("select count(*) from users").query(Long.class).single())
                    .isEqualTo(1);
        }
    }

    /**
     * Logback is one per JVM: two replicas starting on two threads each reconfigured it and one occasionally
     * failed ("Unable to find Spring Environment in logger context"). The replicas keep the logging set up by
     * the first context of this test JVM instead; everything else about their startup is real.
     */
    private ConfigurableApplicationContext start() {
        SpringApplicationBuilder replica = new SpringApplicationBuilder(AuthServiceApplication.class).profiles("test");
        replica.application()
                .setListeners(replica.application().getListeners().stream()
                        .filter(listener -> !(listener instanceof LoggingApplicationListener))
                        .toList());
        return replica.run("--server.port=0", "--spring.datasource.url=" + databaseUrl);
    }

    private static AuthApi api(ConfigurableApplicationContext context) {
        return new AuthApi(context.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
    }
}
