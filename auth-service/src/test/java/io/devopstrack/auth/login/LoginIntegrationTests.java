package io.devopstrack.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.support.AuthApi;
import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.IntegrationTest;
import io.devopstrack.auth.support.JwtParts;
import io.devopstrack.auth.user.Role;
import io.devopstrack.auth.user.UpdateUserRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class LoginIntegrationTests extends IntegrationTest {

    @Test
    void loginWithTheRightPasswordReturnsABearerTokenPair() {
        TestUser user = createUser(Role.VIEWER);

        Response response = api.login(user.username(), user.password());

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(body.get("expiresIn").asLong()).isEqualTo(900);
        assertThat(body.get("accessToken").asString()).isNotBlank();
        // 32 random bytes in unpadded base64url.
        assertThat(body.get("refreshToken").asString()).hasSize(43);
    }

    @Test
    void accessTokenCarriesTheContractClaimsAndAKeyId() {
        TestUser user = createUser(Role.MAINTAINER, Role.VIEWER);

        String token = accessTokenOf(user);

        JsonNode header = JwtParts.header(token);
        assertThat(header.get("alg").asString()).isEqualTo("RS256");
        assertThat(header.get("kid").asString()).isNotBlank();
        JsonNode claims = JwtParts.claims(token);
        assertThat(claims.get("iss").asString()).isEqualTo("devopstrack-auth");
        assertThat(claims.get("aud").toString()).contains("devopstrack");
        assertThat(claims.get("sub").asString()).isEqualTo(user.id());
        assertThat(claims.get("preferred_username").asString()).isEqualTo(user.username());
        assertThat(claims.get("roles").toString()).isEqualTo("[\"MAINTAINER\",\"VIEWER\"]");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(900);
        assertThat(UUID.fromString(claims.get("jti").asString())).isNotNull();
    }

    @Test
    void userNameIsNotCaseSensitiveAtLogin() {
        TestUser user = createUser(Role.VIEWER);

        assertThat(api.login(user.username().toUpperCase(), user.password()).status())
                .isEqualTo(200);
    }

    @Test
    void wrongPasswordIsRejectedWith401Problem() {
        TestUser user = createUser(Role.VIEWER);

        Response response = api.login(user.username(), "not-the-password");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("accessToken");
    }

    @Test
    void unknownUserGetsExactlyTheAnswerOfAWrongPassword() {
        TestUser user = createUser(Role.VIEWER);

        Response wrongPassword = api.login(user.username(), "not-the-password");
        Response unknownUser = api.login(uniqueUsername(), "not-the-password");

        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void disabledUserCannotLogInEvenWithTheRightPassword() {
        TestUser user = createUser(Role.ADMIN);
        userService.update(UUID.fromString(user.id()), new UpdateUserRequest(null, false, null));

        Response response = api.login(user.username(), user.password());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body())
                .isEqualTo(api.login(uniqueUsername(), "whatever-pw").body());
    }

    @Test
    void firstAdminFromConfigurationCanLogInAsAdmin() {
        String token = api.accessToken("admin", "test-admin-password");

        assertThat(JwtParts.claims(token).get("roles").toString()).isEqualTo("[\"ADMIN\"]");
    }

    @Test
    void tenFailuresForOneUserNameBlockItsLoginsWith429AndRetryAfter() {
        TestUser user = createUser(Role.VIEWER);
        for (int i = 0; i < 10; i++) {
            assertThat(api.login(user.username(), "wrong-" + i).status()).isEqualTo(401);
        }

        Response blocked = api.login(user.username(), user.password());

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(blocked.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void tenFailuresFromOneAddressBlockThatAddressForEveryUserName() {
        TestUser user = createUser(Role.VIEWER);
        String address = AuthApi.randomClientAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(api.login(uniqueUsername(), "wrong-password", address).status())
                    .isEqualTo(401);
        }

        assertThat(api.login(user.username(), user.password(), address).status())
                .isEqualTo(429);
        assertThat(api.login(user.username(), user.password(), AuthApi.randomClientAddress())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void missingAndOversizedFieldsAre400ProblemsNamingTheFields() {
        Response response = api.post("/auth/login", Map.of("username", "u".repeat(65), "password", ""), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsOnly("username", "password");
    }

    @Test
    void passwordLongerThanBcryptReadsIsRefusedNot500() {
        TestUser user = createUser(Role.VIEWER);

        // 72 characters but 144 bytes: valid for the size check, longer than any stored password can be.
        Response response = api.login(user.username(), "é".repeat(72));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void malformedJsonIs400Problem() {
        Response response = api.send("POST", "/auth/login", "application/json", "{\"username\": \"a\",", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
