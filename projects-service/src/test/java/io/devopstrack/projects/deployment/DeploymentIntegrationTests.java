package io.devopstrack.projects.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeploymentIntegrationTests extends IntegrationTest {

    private final String maria = Tokens.maintainer("maria");
    private String id;

    @BeforeEach
    void projectWithAVersionAndTwoEnvironments() {
        id = createProjectId("shop");
        api.post("/projects/" + id + "/environments", maria, "{\"name\": \"staging\"}");
        api.post("/projects/" + id + "/environments", maria, "{\"name\": \"prod\", \"protected\": true}");
        api.post("/projects/" + id + "/versions", maria, "{\"version\": \"2.1.0\", \"commit\": \"abcdef1\"}");
    }

    @Test
    void aDeploymentIsRecordedUnderItsVersion() {
        Api.Response response = api.post(
                "/projects/" + id + "/versions/2.1.0/deployments",
                maria,
                "{\"environment\": \"staging\", \"status\": \"SUCCEEDED\"}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode deployment = response.json();
        assertThat(deployment.path("environment").asString()).isEqualTo("staging");
        assertThat(deployment.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(deployment.path("deployedBy").asString()).isEqualTo("maria");
        assertThat(deployment.path("deployedAt").asString()).endsWith("Z");
        assertThat(deployment.has("published")).isFalse();
        JsonNode deployments =
                api.get("/projects/" + id, maria).json().path("versions").get(0).path("deployments");
        assertThat(deployments).hasSize(1);
        assertThat(deployments.get(0)).isEqualTo(deployment);
    }

    @Test
    void aMaintainerMayDeployToAProtectedEnvironment() {
        Api.Response response = api.post(
                "/projects/" + id + "/versions/2.1.0/deployments",
                maria,
                "{\"environment\": \"prod\", \"status\": \"IN_PROGRESS\"}");

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aDeploymentToAnEnvironmentTheProjectLacksIs400NamingEnvironment() {
        Api.Response response = api.post(
                "/projects/" + id + "/versions/2.1.0/deployments",
                maria,
                "{\"environment\": \"qa\", \"status\": \"SUCCEEDED\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("environment");
        assertThat(api.get("/projects/" + id, maria)
                        .json()
                        .path("versions")
                        .get(0)
                        .path("deployments"))
                .isEmpty();
    }

    @Test
    void aDeploymentOfAnUnknownVersionIs404() {
        Api.Response response = api.post(
                "/projects/" + id + "/versions/9.9.9/deployments",
                maria,
                "{\"environment\": \"staging\", \"status\": \"SUCCEEDED\"}");

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aDeploymentOfAnInvalidVersionIs400AndOfAnUnknownProject404() {
        Api.Response invalid = api.post(
                "/projects/" + id + "/versions/latest/deployments",
                maria,
                "{\"environment\": \"staging\", \"status\": \"SUCCEEDED\"}");
        Api.Response unknownProject = api.post(
                "/projects/" + new ObjectId() + "/versions/2.1.0/deployments",
                maria,
                "{\"environment\": \"staging\", \"status\": \"SUCCEEDED\"}");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("version");
        assertThat(unknownProject.status()).isEqualTo(404);
    }

    @Test
    void anUnknownStatusIs400NamingStatus() {
        Api.Response response = api.post(
                "/projects/" + id + "/versions/2.1.0/deployments",
                maria,
                "{\"environment\": \"staging\", \"status\": \"DONE\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("status");
    }
}
