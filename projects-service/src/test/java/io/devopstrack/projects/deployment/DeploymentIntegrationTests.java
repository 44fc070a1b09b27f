package io.devopstrack.projects.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DeploymentIntegrationTests extends IntegrationTest {

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
        Api.Response response = deploy("2.1.0", "staging", "SUCCEEDED");

        assertThat(response.status()).isEqualTo(201);
        JsonNode deployment = response.json();
        assertThat(deployment.path("environment").asString()).isEqualTo("staging");
        assertThat(deployment.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(deployment.path("deployedBy").asString()).isEqualTo("maria");
        assertThat(deployment.path("deployedAt").asString()).endsWith("Z");
        assertThat(deployment.has("published")).isFalse();
        JsonNode deployments = deploymentsOfTheVersion();
        assertThat(deployments).hasSize(1);
        assertThat(deployments.get(0)).isEqualTo(deployment);
    }

    @Test
    void aMaintainerMayDeployToAProtectedEnvironment() {
        Api.Response response = deploy("2.1.0", "prod", "IN_PROGRESS");

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aDeploymentToAnEnvironmentTheProjectLacksIs400NamingEnvironment() {
        Api.Response response = deploy("2.1.0", "qa", "SUCCEEDED");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("environment");
        assertThat(deploymentsOfTheVersion()).isEmpty();
    }

    @Test
    void aDeploymentOfAnUnknownVersionIs404() {
        Api.Response response = deploy("9.9.9", "staging", "SUCCEEDED");

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aDeploymentOfAnInvalidVersionIs400AndOfAnUnknownProject404() {
        Api.Response invalid = deploy("latest", "staging", "SUCCEEDED");
        Api.Response unknownProject = deploy(new ObjectId(), "2.1.0", "staging", "SUCCEEDED");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorFields()).containsExactly("version");
        assertThat(unknownProject.status()).isEqualTo(404);
    }

    @Test
    void anUnknownStatusIs400NamingStatus() {
        Api.Response response = deploy("2.1.0", "staging", "DONE");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("status");
    }

    private Api.Response deploy(String version, String environment, String status) {
        return deploy(id, version, environment, status);
    }

    private Api.Response deploy(Object projectId, String version, String environment, String status) {
        return api.post(
                "/projects/" + projectId + "/versions/" + version + "/deployments",
                maria,
                "{\"environment\": \"%s\", \"status\": \"%s\"}".formatted(environment, status));
    }

    private JsonNode deploymentsOfTheVersion() {
        return api.get("/projects/" + id, maria).json().path("versions").get(0).path("deployments");
    }
}
