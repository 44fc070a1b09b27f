package io.devopstrack.auth.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.IntegrationTest;
import io.devopstrack.auth.user.Role;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OperationsIntegrationTests extends IntegrationTest {

    @Test
    void healthzIsUpAndListsTheDatabase() {
        Response health = api.get("/healthz", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().at("/components/db/status").asString()).isEqualTo("UP");
    }

    @Test
    void metricsAreTaggedWithTheApplicationName() {
        Response metrics = api.get("/metrics", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("application=\"auth-service\"");
    }

    @Test
    void metricsCountSuccessfulAndFailedLoginsAndRefreshes() {
        TestUser user = createUser(Role.VIEWER);
        double successes = metric("devopstrack_logins_total", "success");
        double failures = metric("devopstrack_logins_total", "failure");
        double refreshes = metric("devopstrack_token_refreshes_total", "ok");

        String refreshToken = api.login(user.username(), user.password())
                .json()
                .get("refreshToken")
                .asString();
        api.login(user.username(), "wrong-password");
        api.refresh(refreshToken);

        assertThat(metric("devopstrack_logins_total", "success")).isEqualTo(successes + 1);
        assertThat(metric("devopstrack_logins_total", "failure")).isEqualTo(failures + 1);
        assertThat(metric("devopstrack_token_refreshes_total", "ok")).isEqualTo(refreshes + 1);
    }

    @Test
    void openApiDocumentDescribesTheAuthEndpoints() {
        Response document = api.get("/docs/openapi.json", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").propertyNames())
                .contains(
                        "/auth/login",
                        "/auth/refresh",
                        "/auth/logout",
                        "/auth/me",
                        "/auth/jwks",
                        "/auth/users",
                        "/auth/users/{id}");
        assertThat(api.get("/docs", null).status()).isIn(200, 302);
    }

    @Test
    void unknownPathWrongMethodAndWrongMediaTypeAreProblems() {
        String token = accessTokenOf(createUser(Role.VIEWER));

        Response unknown = api.get("/auth/nothing-here", token);
        Response wrongMethod = api.get("/auth/login", null);
        Response wrongMediaType = api.send("POST", "/auth/login", "text/plain", "admin:admin", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMediaType.status()).isEqualTo(415);
        assertThat(new Response[] {unknown, wrongMethod, wrongMediaType})
                .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
    }

    private double metric(String name, String outcome) {
        Pattern line =
                Pattern.compile("^" + name + "\\{[^}]*outcome=\"" + outcome + "\"[^}]*\\} (\\S+)$", Pattern.MULTILINE);
        Matcher matcher = line.matcher(api.get("/metrics", null).body());
        assertThat(matcher.find()).as(name + " " + outcome).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
