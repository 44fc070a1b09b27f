package io.devopstrack.projects.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import java.util.stream.Stream;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    void aDeploymentToAnUnknownProjectIs404() {
        Api.Response response = deploy(new ObjectId(), "2.1.0", "staging", "SUCCEEDED");

        assertThat(response.status()).isEqualTo(404);
    }

    /** The version, environment and status a deployment names; the answer and the one field a 400 names. */
    @ParameterizedTest(name = "{0} to {1} as {2} is {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2.1.0  | qa      | SUCCEEDED | 400 | environment
            9.9.9  | staging | SUCCEEDED | 404 |
            latest | staging | SUCCEEDED | 400 | version
            2.1.0  | staging | DONE      | 400 | status
            """)
    void aRefusedDeploymentIsAnsweredNamingTheBadFieldAndIsNotRecorded(
            String version, String environment, String status, int answer, String namedField) {
        Api.Response response = deploy(version, environment, status);

        assertThat(response.status()).isEqualTo(answer);
        assertThat(response.errorFields())
                .containsExactlyElementsOf(Stream.ofNullable(namedField).toList());
        assertThat(deploymentsOfTheVersion()).isEmpty();
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
