package io.devopstrack.metrics.web;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.OutageTest;
import io.devopstrack.testsupport.ClosedPorts;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * auth-service's JWK Set unreachable (seen by bench/chaos.sh: auth-service just restarted, its key set read
 * timed out): a token cannot be checked, which is 503 like any store down, not a 500, and not a 401 either.
 */
class JwksUnreachableIntegrationTests extends OutageTest {

    @DynamicPropertySource
    static void closedJwksPort(DynamicPropertyRegistry registry) {
        int closedPort = ClosedPorts.any();
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + closedPort + "/auth/jwks");
        registry.add("devopstrack.ingestion.enabled", () -> "false");
    }

    @Test
    void aTokenThatCannotBeCheckedIs503ProblemDocument() {
        Api.Response response = api().get("/stats/summary", viewerToken());

        assertUnavailableProblem(response, "/stats/summary");
    }
}
