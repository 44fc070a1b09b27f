package io.devopstrack.projects.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class IncidentApiIntegrationTests extends IncidentTestSupport {

    @Test
    void aMaintainerOpensAnIncidentAndAViewerReadsIt() {
        Api.Response opened = api.post(
                path("/incidents"),
                maria,
                "{\"environment\": \"staging\", \"title\": \"checkout is slow\", \"detectedAt\": \"2026-01-02T03:04:05Z\"}");

        assertThat(opened.status()).isEqualTo(201);
        JsonNode incident = opened.json();
        assertThat(opened.header("Location"))
                .isEqualTo(path("/incidents/" + incident.path("id").asString()));
        assertThat(incident.path("status").asString()).isEqualTo("OPEN");
        assertThat(incident.path("source").asString()).isEqualTo("manual");
        assertThat(incident.path("externalId").asString())
                .isEqualTo(incident.path("id").asString());
        assertThat(incident.path("detectedAt").asString()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(incident.path("resolvedAt").isNull()).isTrue();

        JsonNode page = api.get(path("/incidents"), Tokens.viewer("vera")).json();
        assertThat(page.path("content")).hasSize(1);
        assertThat(page.path("content").get(0).path("title").asString()).isEqualTo("checkout is slow");
        assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void aViewerMayNotWriteAndNoTokenIs401() {
        String id = open("{\"environment\": \"prod\", \"title\": \"down\"}")
                .path("id")
                .asString();
        String viewer = Tokens.viewer("vera");

        assertThat(api.post(path("/incidents"), viewer, "{\"environment\": \"prod\", \"title\": \"x\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(path("/incidents/" + id + "/resolve"), viewer, "{}").status())
                .isEqualTo(403);
        assertThat(api.patch(path("/incidents/" + id), viewer, "{\"deploymentId\": \"\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.get(path("/incidents"), null).status()).isEqualTo(401);
        assertThat(api.post(path("/incidents"), Tokens.admin("ada"), "{\"environment\": \"prod\", \"title\": \"y\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void badInputIs400NamingTheFieldsAndStoresNothing() {
        Api.Response missing = api.post(path("/incidents"), maria, "{}");
        Api.Response unknownEnvironment =
                api.post(path("/incidents"), maria, "{\"environment\": \"moon\", \"title\": \"x\"}");
        Api.Response future = api.post(
                path("/incidents"),
                maria,
                "{\"environment\": \"prod\", \"title\": \"x\", \"detectedAt\": \"2999-01-01T00:00:00Z\"}");
        Api.Response badDeployment = api.post(
                path("/incidents"), maria, "{\"environment\": \"prod\", \"title\": \"x\", \"deploymentId\": \"nope\"}");
        Api.Response otherDeployment = api.post(
                path("/incidents"),
                maria,
                "{\"environment\": \"prod\", \"title\": \"x\", \"deploymentId\": \"0123456789abcdef01234567\"}");
        Api.Response wrongType = api.post(path("/incidents"), maria, "{\"environment\": \"prod\", \"title\": 5}");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorFields()).contains("environment", "title");
        assertThat(unknownEnvironment.errorFields()).containsExactly("environment");
        assertThat(future.errorFields()).containsExactly("detectedAt");
        assertThat(badDeployment.errorFields()).containsExactly("deploymentId");
        assertThat(otherDeployment.errorFields()).containsExactly("deploymentId");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Incident.class))
                .isZero();
    }

    @Test
    void resolvingSetsResolvedAtAndMayNotPrecedeDetection() {
        String id = open("{\"environment\": \"prod\", \"title\": \"down\", \"detectedAt\": \"2026-01-02T03:00:00Z\"}")
                .path("id")
                .asString();

        Api.Response early =
                api.post(path("/incidents/" + id + "/resolve"), maria, "{\"resolvedAt\": \"2026-01-02T02:59:59Z\"}");
        Api.Response resolved =
                api.post(path("/incidents/" + id + "/resolve"), maria, "{\"resolvedAt\": \"2026-01-02T04:30:00Z\"}");
        Api.Response again = api.post(path("/incidents/" + id + "/resolve"), maria, "{}");

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.errorFields()).containsExactly("resolvedAt");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().path("resolvedAt").asString()).isEqualTo("2026-01-02T04:30:00Z");
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void resolvingWithoutABodyResolvesNow() {
        String id = open("{\"environment\": \"prod\", \"title\": \"down\"}")
                .path("id")
                .asString();

        Api.Response resolved = api.post(path("/incidents/" + id + "/resolve"), maria, "");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().path("resolvedAt").asString()).isNotEmpty();
    }

    @Test
    void theListFiltersByStatusAndPagesNewestFirst() {
        open("{\"environment\": \"prod\", \"title\": \"first\", \"detectedAt\": \"2026-01-01T00:00:00Z\"}");
        String second =
                open("{\"environment\": \"prod\", \"title\": \"second\", \"detectedAt\": \"2026-01-02T00:00:00Z\"}")
                        .path("id")
                        .asString();
        open("{\"environment\": \"prod\", \"title\": \"third\", \"detectedAt\": \"2026-01-03T00:00:00Z\"}");
        api.post(path("/incidents/" + second + "/resolve"), maria, "{}");

        JsonNode open = api.get(path("/incidents?status=OPEN&size=1"), maria).json();
        JsonNode resolved = api.get(path("/incidents?status=RESOLVED"), maria).json();

        assertThat(open.path("content").get(0).path("title").asString()).isEqualTo("third");
        assertThat(open.path("page").path("totalElements").asLong()).isEqualTo(2);
        assertThat(open.path("page").path("totalPages").asLong()).isEqualTo(2);
        assertThat(resolved.path("content"))
                .singleElement()
                .satisfies(i -> assertThat(i.path("title").asString()).isEqualTo("second"));
        assertThat(api.get(path("/incidents?status=BROKEN"), maria).errorFields())
                .containsExactly("status");
        assertThat(api.get(path("/incidents?page=-1"), maria).errorFields()).containsExactly("page");
    }

    @Test
    void unknownIdsAre404AndMalformedOnes400() {
        String unknown = "0123456789abcdef01234567";

        assertThat(api.post(path("/incidents/" + unknown + "/resolve"), maria, "{}")
                        .status())
                .isEqualTo(404);
        assertThat(api.patch(path("/incidents/" + unknown), maria, "{\"deploymentId\": \"\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/projects/" + unknown + "/incidents", maria).status())
                .isEqualTo(404);
        assertThat(api.post(path("/incidents/nope/resolve"), maria, "{}").errorFields())
                .containsExactly("incidentId");
    }
}
