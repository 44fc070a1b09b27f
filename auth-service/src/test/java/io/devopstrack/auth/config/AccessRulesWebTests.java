package io.devopstrack.auth.config;

import static io.devopstrack.testsupport.AccessRule.forAdmins;
import static io.devopstrack.testsupport.AccessRule.forAnyToken;
import static io.devopstrack.testsupport.AccessRule.forAnyone;
import static io.devopstrack.testsupport.Endpoint.delete;
import static io.devopstrack.testsupport.Endpoint.get;
import static io.devopstrack.testsupport.Endpoint.patch;
import static io.devopstrack.testsupport.Endpoint.post;

import io.devopstrack.auth.login.LoginService;
import io.devopstrack.auth.support.AuthWebTest;
import io.devopstrack.auth.token.SigningKeys;
import io.devopstrack.auth.token.TokenService;
import io.devopstrack.auth.user.UserService;
import io.devopstrack.testsupport.AccessCase;
import io.devopstrack.testsupport.AccessRule;
import io.devopstrack.testsupport.AccessTableTest;
import java.util.stream.Stream;
import org.mockito.Answers;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * {@link SecurityConfig}'s rules for every endpoint: logging in, refreshing, logging out and the key set for anyone;
 * the caller's own account for any valid token, even one without a role; user administration for ADMIN only.
 */
@AuthWebTest
@MockitoBean(
        types = {LoginService.class, TokenService.class, SigningKeys.class, UserService.class},
        answers = Answers.RETURNS_MOCKS)
class AccessRulesWebTests extends AccessTableTest {

    private static final String REFRESH_TOKEN = "{\"refreshToken\":\"refresh-1\"}";

    static Stream<AccessCase> rules() {
        return AccessRule.casesOf(
                forAnyone(post("/auth/login", "{\"username\":\"admin\",\"password\":\"a-good-password\"}")),
                forAnyone(post("/auth/refresh", REFRESH_TOKEN)),
                forAnyone(post("/auth/logout", REFRESH_TOKEN)),
                forAnyone(get("/auth/jwks")),
                forAnyToken(get("/auth/me")),
                forAdmins(get("/auth/users")),
                forAdmins(post(
                        "/auth/users",
                        "{\"username\":\"bob\",\"password\":\"a-good-password\",\"roles\":[\"VIEWER\"]}")),
                forAdmins(get("/auth/users/{id}")),
                forAdmins(patch("/auth/users/{id}", "{\"enabled\":false}")),
                forAdmins(delete("/auth/users/{id}")));
    }
}
