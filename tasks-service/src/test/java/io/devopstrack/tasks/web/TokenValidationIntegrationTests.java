package io.devopstrack.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.tasks.support.Api.Response;
import io.devopstrack.tasks.support.RedisIntegrationTest;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The real JWT decoder of the running service (JWK Set of libs/test-support, the issuer and audience of
 * libs/platform's defaults) refuses every flawed token, each carrying ADMIN so that only its flaw can be the reason.
 */
class TokenValidationIntegrationTests extends RedisIntegrationTest {

    private static final String BODY = """
            {"projectId": "p-tokens", "ref": "main"}""";

    @Test
    void aValidAdminTokenStartsAJob() {
        assertThat(api().post("/tasks", BODY, Tokens.admin("alice")).status()).isEqualTo(202);
    }

    @Test
    void anExpiredTokenIs401() {
        assertUnauthorized(api().post("/tasks", BODY, Tokens.expired("alice")));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        assertUnauthorized(api().post("/tasks", BODY, Tokens.forged("alice")));
    }

    @Test
    void anUnsignedAlgNoneTokenIs401() {
        assertUnauthorized(api().post("/tasks", BODY, Tokens.unsigned("alice")));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        assertUnauthorized(api().post("/tasks", BODY, Tokens.withIssuer("alice", "https://elsewhere.example")));
    }

    @Test
    void aFlawedTokenCannotOpenTheEventStreamOrGetATicket() {
        assertUnauthorized(api().post("/tasks/events/tickets", "", Tokens.unsigned("alice")));
        assertUnauthorized(api().get("/tasks", Tokens.forged("alice")));
    }

    private static void assertUnauthorized(Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
