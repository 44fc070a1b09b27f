package io.devopstrack.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.IntegrationTest;
import io.devopstrack.auth.user.Role;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RefreshTokenIntegrationTests extends IntegrationTest {

    @Test
    void refreshReturnsANewTokenPairAndRotatesTheRefreshToken() {
        String first = aNewViewersRefreshToken();

        Response refreshed = api.refresh(first);

        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.json().get("refreshToken").asString();
        assertThat(second).isNotEqualTo(first).hasSize(43);
        assertThat(refreshed.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(api.get("/auth/me", refreshed.json().get("accessToken").asString())
                        .status())
                .isEqualTo(200);
        assertThat(api.refresh(second).status()).isEqualTo(200);
    }

    @Test
    void refreshWithAReusedTokenRevokesTheWholeFamily() {
        String first = aNewViewersRefreshToken();
        String second = api.refresh(first).json().get("refreshToken").asString();

        Response reuse = api.refresh(first);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.contentType()).startsWith("application/problem+json");
        assertThat(api.refresh(second).status())
                .as("the newest token of the family")
                .isEqualTo(401);
    }

    @Test
    void reuseInOneFamilyLeavesTheUsersOtherLoginsAlone() {
        TestUser user = createUser(Role.VIEWER);
        String otherDevice = refreshTokenOf(user);
        String first = refreshTokenOf(user);
        api.refresh(first);

        api.refresh(first);

        assertThat(api.refresh(otherDevice).status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String refreshToken = aNewViewersRefreshToken();

        Response logout = api.logout(refreshToken);

        assertThat(logout.status()).isEqualTo(204);
        assertThat(api.refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    void logoutWithAnUnknownTokenAnswersTheSame204() {
        assertThat(api.logout("no-such-token").status()).isEqualTo(204);
    }

    @Test
    void disablingAUserRevokesTheirRefreshTokens() {
        TestUser admin = createUser(Role.ADMIN);
        TestUser user = createUser(Role.VIEWER);
        String refreshToken = refreshTokenOf(user);

        Response disabled = api.patch("/auth/users/" + user.id(), Map.of("enabled", false), accessTokenOf(admin));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(api.refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    void expiredRefreshTokenIsRejected() {
        TestUser user = createUser(Role.VIEWER);
        String refreshToken = refreshTokenOf(user);
        jdbc.sql("update refresh_tokens set expires_at = now() - interval '1 second' where user_id = ?")
                .param(UUID.fromString(user.id()))
                .update();

        assertThat(api.refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    void onlyTheSha256OfARefreshTokenIsStored() throws Exception {
        TestUser user = createUser(Role.VIEWER);
        String refreshToken = refreshTokenOf(user);
        byte[] expectedHash =
                MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));

        byte[] stored = jdbc.sql("select token_hash from refresh_tokens where user_id = ?")
                .param(UUID.fromString(user.id()))
                .query(byte[].class)
                .single();

        assertThat(stored).isEqualTo(expectedHash);
    }

    @Test
    void blankOrOversizedRefreshTokenIs400NamingTheField() {
        assertThat(api.refresh("").json().get("errors").findValuesAsString("field"))
                .containsExactly("refreshToken");
        assertThat(api.refresh("x".repeat(129)).status()).isEqualTo(400);
    }

    /** The refresh token of the first login of a new VIEWER. */
    private String aNewViewersRefreshToken() {
        return refreshTokenOf(createUser(Role.VIEWER));
    }

    private String refreshTokenOf(TestUser user) {
        return api.login(user.username(), user.password())
                .json()
                .get("refreshToken")
                .asString();
    }
}
