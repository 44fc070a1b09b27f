package io.devopstrack.projects.environment;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class EnvironmentIntegrationTests extends IntegrationTest {

    @Test
    void addingAnEnvironmentAnswers201WithItsProtectedFlag() {
        String id = createProjectId("shop");

        Api.Response response = api.post("/projects/" + id + "/environments", maria, """
                {"name": "prod", "url": "https://shop.example.test", "protected": true}""");

        assertThat(response.status()).isEqualTo(201);
        JsonNode environment = response.json();
        assertThat(environment.path("protected").asBoolean()).isTrue();
        assertThat(environment.has("isProtected")).isFalse();
        assertThat(api.get("/projects/" + id, maria).json().path("environments").get(0))
                .isEqualTo(environment);
    }

    @Test
    void anEnvironmentIsUnprotectedUnlessSaidOtherwise() {
        String id = createProjectId("shop");

        Api.Response response = api.post("/projects/" + id + "/environments", maria, "{\"name\": \"dev\"}");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("protected").asBoolean()).isFalse();
    }

    @Test
    void aSecondEnvironmentWithTheSameNameIs409() {
        String id = createProjectId("shop");
        api.post("/projects/" + id + "/environments", maria, "{\"name\": \"staging\"}");

        assertThat(api.post("/projects/" + id + "/environments", maria, "{\"name\": \"staging\"}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void removingAnEnvironmentAnswers204() {
        String id = createProjectId("shop");
        String envId = api.postForId("/projects/" + id + "/environments", maria, "{\"name\": \"dev\"}");

        assertThat(api.delete("/projects/" + id + "/environments/" + envId, maria)
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/projects/" + id, maria).json().path("environments"))
                .isEmpty();
        assertThat(api.delete("/projects/" + id + "/environments/" + envId, maria)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void removingFromAnUnknownProjectIs404() {
        assertThat(api.delete("/projects/" + new ObjectId() + "/environments/" + new ObjectId(), maria)
                        .status())
                .isEqualTo(404);
    }
}
