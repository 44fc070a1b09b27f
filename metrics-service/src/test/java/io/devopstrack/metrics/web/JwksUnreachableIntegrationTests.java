package io.devopstrack.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * auth-service's JWK Set unreachable (seen by bench/chaos.sh: auth-service just restarted, its key set read
 * timed out): a token cannot be checked, which is 503 like any store down, not a 500, and not a 401 either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class JwksUnreachableIntegrationTests {

    @Value("${local.server.port}")
    private int port;

    @DynamicPropertySource
    static void closedJwksPort(DynamicPropertyRegistry registry) {
        int closedPort = ClosedPorts.any();
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + closedPort + "/auth/jwks");
        registry.add("devopstrack.ingestion.enabled", () -> "false");
        registry.add("spring.data.redis.database", () -> "1");
    }

    @Test
    void aTokenThatCannotBeCheckedIs503ProblemDocument() {
        Api.Response response = new Api(port).get("/stats/summary", Tokens.token("tester", "VIEWER"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
    }
}
