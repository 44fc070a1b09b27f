package io.devopstrack.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may do what: tokens as auth-service issues them, verified against the in-test JWK Set. */
class AccessIntegrationTests extends IntegrationTest {

    private final String viewer = Tokens.viewer("vic");
    private final String maintainer = Tokens.maintainer("maria");
    private final String otherMaintainer = Tokens.maintainer("mark");
    private final String admin = Tokens.admin("ada");
    private String id;

    @BeforeEach
    void aProjectOwnedByMaria() {
        id = createProject("owned", maintainer).path("id").asString();
        api.post("/projects/" + id + "/environments", maintainer, "{\"name\": \"prod\", \"protected\": true}");
        api.post("/projects/" + id + "/versions", maintainer, "{\"version\": \"1.0.0\", \"commit\": \"abcdef1\"}");
    }

    @Test
    void withoutATokenEveryProjectCallIs401AsAProblemDocument() {
        Api.Response response = api.get("/projects", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.json().path("status").asInt()).isEqualTo(401);
        assertThat(api.post("/projects", null, "{\"name\": \"x\"}").status()).isEqualTo(401);
        assertThat(api.get("/projects/" + id, null).status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"expired", "forged", "unsigned", "wrong-audience", "wrong-issuer", "garbage"})
    void aBadTokenIs401(String kind) {
        String token = switch (kind) {
            case "expired" -> Tokens.expired("ada");
            case "forged" -> Tokens.forged("ada");
            case "unsigned" -> Tokens.unsigned("ada");
            case "wrong-audience" -> Tokens.withAudience("ada", "someone-else");
            case "wrong-issuer" -> Tokens.withIssuer("ada", "https://evil.example.test");
            default -> "not.a.jwt";
        };

        Api.Response response = api.get("/projects", token);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aTokenWithoutRolesIs403EvenForReading() {
        Api.Response response = api.get("/projects", Tokens.token("nobody"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aViewerReadsButWritesNothing() {
        assertThat(api.get("/projects", viewer).status()).isEqualTo(200);
        assertThat(api.get("/projects/" + id, viewer).status()).isEqualTo(200);

        assertThat(api.post("/projects", viewer, "{\"name\": \"mine\"}").status())
                .isEqualTo(403);
        assertThat(api.put("/projects/" + id, viewer, "{\"name\": \"x\", \"version\": 2}")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/projects/" + id, viewer).status()).isEqualTo(403);
        assertThat(api.post(
                                "/projects/" + id + "/repositories",
                                viewer,
                                "{\"name\": \"r\", \"url\": \"https://git.example.test/r.git\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/projects/" + id + "/repositories/0123456789abcdef01234567", viewer)
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/projects/" + id + "/environments", viewer, "{\"name\": \"dev\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/projects/" + id + "/environments/0123456789abcdef01234567", viewer)
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/projects/" + id + "/versions",
                                viewer,
                                "{\"version\": \"1.1.0\", \"commit\": \"abcdef1\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/projects/" + id + "/versions/1.0.0/deployments",
                                viewer,
                                "{\"environment\": \"prod\", \"status\": \"SUCCEEDED\"}")
                        .status())
                .isEqualTo(403);

        assertThat(api.get("/projects/" + id, viewer).json().path("version").asLong())
                .isEqualTo(2);
    }

    @Test
    void aMaintainerWhoIsNotTheOwnerEditsButCannotDelete() {
        assertThat(api.put("/projects/" + id, otherMaintainer, "{\"name\": \"renamed\", \"version\": 2}")
                        .status())
                .isEqualTo(200);
        assertThat(api.post(
                                "/projects/" + id + "/versions/1.0.0/deployments",
                                otherMaintainer,
                                "{\"environment\": \"prod\", \"status\": \"SUCCEEDED\"}")
                        .status())
                .isEqualTo(201);

        Api.Response delete = api.delete("/projects/" + id, otherMaintainer);

        assertThat(delete.status()).isEqualTo(403);
        assertThat(delete.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/projects/" + id, viewer).status()).isEqualTo(200);
    }

    @Test
    void theOwnerDeletesTheirProject() {
        assertThat(api.delete("/projects/" + id, maintainer).status()).isEqualTo(204);
    }

    @Test
    void anAdminDoesEverythingIncludingDeletingAnyonesProject() {
        assertThat(api.post("/projects", admin, "{\"name\": \"admins\"}").status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/projects/" + id + "/versions/1.0.0/deployments",
                                admin,
                                "{\"environment\": \"prod\", \"status\": \"ROLLED_BACK\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.delete("/projects/" + id, admin).status()).isEqualTo(204);
    }

    @Test
    void operationsEndpointsArePublic() {
        assertThat(api.get("/healthz", null).status()).isEqualTo(200);
        assertThat(api.get("/metrics", null).status()).isEqualTo(200);
        assertThat(api.get("/docs/openapi.json", null).status()).isEqualTo(200);
        assertThat(api.get("/docs/openapi.json", null).body())
                .contains("/projects/{id}/versions/{version}/deployments");
    }
}
