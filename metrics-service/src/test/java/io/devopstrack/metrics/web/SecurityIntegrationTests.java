package io.devopstrack.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityIntegrationTests extends IntegrationTest {

    private static final String SUMMARY = "/stats/summary";

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "MAINTAINER", "VIEWER"})
    void everyRoleReads(String role) {
        assertThat(api().get(SUMMARY, Tokens.token("tester", role)).status()).isEqualTo(200);
    }

    @Test
    void noTokenIs401AsAProblemDocument() {
        assertUnauthorized(api().get(SUMMARY, null));
    }

    @Test
    void aTokenThatIsNotAJwtIs401() {
        assertUnauthorized(api().get(SUMMARY, "not-a-token"));
    }

    @Test
    void anExpiredTokenIs401() {
        assertUnauthorized(api().get(SUMMARY, Tokens.expired("tester", "VIEWER")));
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        assertUnauthorized(api().get(SUMMARY, Tokens.withAudience("tester", "someone-else", "VIEWER")));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        assertUnauthorized(api().get(SUMMARY, Tokens.withIssuer("tester", "https://elsewhere", "VIEWER")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        assertUnauthorized(api().get(SUMMARY, Tokens.forged("tester", "ADMIN")));
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        assertUnauthorized(api().get(SUMMARY, Tokens.unsigned("tester", "ADMIN")));
    }

    @Test
    void aTokenWithoutARoleIs403AsAProblemDocument() {
        Api.Response response = api().get(SUMMARY, Tokens.token("tester"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(403);
    }

    @Test
    void operationsEndpointsArePublic() {
        assertThat(api().get("/healthz", null).status()).isEqualTo(200);
        assertThat(api().get("/metrics", null).status()).isEqualTo(200);
        assertThat(api().get("/docs/openapi.json", null).status()).isEqualTo(200);
    }

    private static void assertUnauthorized(Api.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
    }
}
