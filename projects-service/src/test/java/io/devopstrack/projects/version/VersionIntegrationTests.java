package io.devopstrack.projects.version;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VersionIntegrationTests extends IntegrationTest {

    @Test
    void addingAVersionAnswers201() {
        String id = createProjectId("shop");

        Api.Response response = api.post("/projects/" + id + "/versions", maria, """
                {"version": "1.4.0-rc.1+build.7", "commit": "ABCDEF1234567", "notes": "first cut",
                 "committedAt": "2026-01-02T03:04:05Z"}""");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Location")).isEqualTo("/projects/" + id + "/versions/1.4.0-rc.1+build.7");
        JsonNode version = response.json();
        assertThat(version.path("commit").asString()).isEqualTo("abcdef1234567");
        assertThat(version.path("committedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(version.path("deployments")).isEmpty();
        JsonNode stored = api.get("/projects/" + id, maria).json().path("versions");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0)).isEqualTo(version);
    }

    @Test
    void theSameVersionTwiceInOneProjectIs409ButAnotherProjectMayHaveIt() {
        String shop = createProjectId("shop");
        String blog = createProjectId("blog");
        String body = "{\"version\": \"1.0.0\", \"commit\": \"abcdef1\"}";
        api.post("/projects/" + shop + "/versions", maria, body);

        assertThat(api.post("/projects/" + shop + "/versions", maria, body).status())
                .isEqualTo(409);
        assertThat(api.post("/projects/" + blog + "/versions", maria, body).status())
                .isEqualTo(201);
        assertThat(api.get("/projects/" + shop, maria).json().path("versions")).hasSize(1);
    }

    @Test
    void invalidSemanticVersionsAre400NamingVersion() {
        String id = createProjectId("shop");
        for (String bad : new String[] {"1.0", "v1.0.0", "01.0.0", "1.0.0-", "1.0.0+", "latest", "1.0.0-01"}) {
            Api.Response response = addVersion(id, bad, "abcdef1");

            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.errorFields()).as(bad).contains("version");
        }
        assertThat(api.get("/projects/" + id, maria).json().path("versions")).isEmpty();
    }

    @Test
    void aCommitMustBe7To40HexDigits() {
        String id = createProjectId("shop");
        for (String bad : new String[] {"abc12", "xyz1234", "a".repeat(41)}) {
            Api.Response response = addVersion(id, "1.0.0", bad);

            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.errorFields()).as(bad).containsExactly("commit");
        }
    }

    @Test
    void addingToAnUnknownProjectIs404() {
        Api.Response response = addVersion(new ObjectId().toHexString(), "1.0.0", "abcdef1");

        assertThat(response.status()).isEqualTo(404);
    }

    private Api.Response addVersion(String projectId, String version, String commit) {
        return api.post(
                "/projects/" + projectId + "/versions",
                maria,
                "{\"version\": \"%s\", \"commit\": \"%s\"}".formatted(version, commit));
    }
}
