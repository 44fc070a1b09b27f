package io.devopstrack.projects.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.ingest.ExternalDeployment;
import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

class DeploymentHistoryIntegrationTests extends IntegrationTest {

    private static final Instant COMMITTED = Instant.parse("2026-03-01T10:00:00Z");

    private final String vera = Tokens.viewer("vera");
    private String id;

    @BeforeEach
    void projectWithAManualAndTwoHookDeployments() {
        id = createProjectId("history");
        api.post("/projects/" + id + "/environments", maria, "{\"name\": \"staging\"}");
        api.post(
                "/projects/" + id + "/versions",
                maria,
                "{\"version\": \"1.0.0\", \"commit\": \"abcdef1\", \"committedAt\": \"" + COMMITTED + "\"}");
        api.post(
                "/projects/" + id + "/versions/1.0.0/deployments",
                maria,
                "{\"environment\": \"staging\", \"status\": \"SUCCEEDED\"}");
        hookDeployment("gh-1", "production", Instant.parse("2026-03-01T12:00:00Z"), COMMITTED.minusSeconds(3_600));
        hookDeployment("gh-2", "production", Instant.parse("2026-03-01T13:00:00Z"), null);
    }

    @AfterEach
    void removeHookDeployments() {
        mongo.remove(Query.query(Criteria.where("projectId").is(id)), ExternalDeployment.class);
    }

    @Test
    void aViewerListsManualAndHookDeploymentsTogetherNewestFirst() {
        Api.Response response = api.get("/projects/" + id + "/deployments", vera);

        assertThat(response.status()).isEqualTo(200);
        JsonNode content = response.json().path("content");
        assertThat(content).hasSize(3);
        // the manual deployment was recorded just now, after the hook ones of March 2026
        JsonNode manual = content.get(0);
        assertThat(manual.path("source").asString()).isEqualTo("manual");
        assertThat(manual.path("environment").asString()).isEqualTo("staging");
        assertThat(manual.path("commit").asString()).isEqualTo("abcdef1");
        assertThat(manual.path("version").asString()).isEqualTo("1.0.0");
        assertThat(manual.path("leadTimeHours").asDouble()).isPositive();
        JsonNode newest = content.get(1);
        assertThat(newest.path("source").asString()).isEqualTo("github");
        assertThat(newest.path("deployedAt").asString()).isEqualTo("2026-03-01T13:00:00Z");
        assertThat(newest.has("leadTimeHours")).as("commit time unknown").isFalse();
        JsonNode older = content.get(2);
        assertThat(older.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(older.path("commit").asString()).isEqualTo("c0ffee0gh-1");
        assertThat(older.path("leadTimeHours").asDouble()).isEqualTo(3.0);
        assertThat(response.json().path("page").path("totalElements").asLong()).isEqualTo(3);
    }

    @Test
    void theListFiltersByEnvironmentAndPages() {
        JsonNode production = api.get("/projects/" + id + "/deployments?environment=production&size=1&page=1", vera)
                .json();

        assertThat(production.path("content")).hasSize(1);
        assertThat(production.path("content").get(0).path("deployedAt").asString())
                .isEqualTo("2026-03-01T12:00:00Z");
        assertThat(production.path("page").path("totalElements").asLong()).isEqualTo(2);
        assertThat(production.path("page").path("totalPages").asLong()).isEqualTo(2);
        JsonNode staging = api.get("/projects/" + id + "/deployments?environment=staging", vera)
                .json();
        assertThat(staging.path("content"))
                .extracting(d -> d.path("source").asString())
                .containsExactly("manual");
    }

    @Test
    void badPagingIs400AnUnknownProject404AndNoTokenIs401() {
        assertThat(api.get("/projects/" + id + "/deployments?page=-1", vera).errorFields())
                .containsExactly("page");
        assertThat(api.get("/projects/" + id + "/deployments?size=0", vera).errorFields())
                .containsExactly("size");
        assertThat(api.get("/projects/" + new ObjectId() + "/deployments", vera).status())
                .isEqualTo(404);
        assertThat(api.get("/projects/not-an-id/deployments", vera).status()).isEqualTo(400);
        assertThat(api.get("/projects/" + id + "/deployments", null).status()).isEqualTo(401);
    }

    private void hookDeployment(String externalId, String environment, Instant deployedAt, Instant committedAt) {
        mongo.insert(new ExternalDeployment(
                new ObjectId().toHexString(),
                id,
                "github",
                externalId,
                environment,
                "c0ffee0" + externalId,
                null,
                DeploymentStatus.SUCCEEDED,
                deployedAt,
                committedAt,
                deployedAt,
                1,
                true));
    }
}
