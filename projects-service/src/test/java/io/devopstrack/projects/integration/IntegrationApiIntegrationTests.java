package io.devopstrack.projects.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

class IntegrationApiIntegrationTests extends IntegrationTest {

    private final String vera = Tokens.viewer("vera");

    @BeforeEach
    void cleanIntegrations() {
        mongo.remove(new Query(), Integration.class);
        mongo.remove(new Query(), Delivery.class);
    }

    @Test
    void creatingAnIntegrationAnswers201WithItsHookPathAndASecretShownOnce() {
        String id = createProjectId("shop");

        Api.Response response = api.post("/projects/" + id + "/integrations", maria, "{\"kind\": \"github\"}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode created = response.json();
        String integrationId = created.path("id").asString();
        assertThat(created.path("kind").asString()).isEqualTo("github");
        assertThat(created.path("hookPath").asString()).isEqualTo("/hooks/github/" + integrationId);
        assertThat(created.path("secret").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.path("createdAt").isString()).isTrue();
        JsonNode listed = api.get("/projects/" + id + "/integrations", vera).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(listed.get(0).path("counts").path("accepted").asLong()).isZero();
        assertThat(listed.get(0).path("lastDeliveryAt").isNull()).isTrue();
    }

    @Test
    void theSecretIsStoredEncryptedNeverInTheClear() {
        String id = createProjectId("shop");
        String secret = api.post("/projects/" + id + "/integrations", maria, "{\"kind\": \"gitlab\"}")
                .json()
                .path("secret")
                .asString();

        Document stored = mongo.getCollection(Integration.COLLECTION).find().first();

        assertThat(stored.toJson()).doesNotContain(secret);
        assertThat(stored.getString("sealedSecret")).isNotBlank();
    }

    @Test
    void rotatingGivesANewSecret() {
        String id = createProjectId("shop");
        JsonNode created = api.post("/projects/" + id + "/integrations", maria, "{\"kind\": \"cdevents\"}")
                .json();
        String integrationId = created.path("id").asString();

        Api.Response rotated = api.post("/projects/" + id + "/integrations/" + integrationId + "/secret", maria, "");

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().path("secret").asString())
                .isNotEqualTo(created.path("secret").asString())
                .matches("[A-Za-z0-9_-]{43}");
        assertThat(rotated.json().path("hookPath").asString()).isEqualTo("/hooks/cdevents/" + integrationId);
    }

    @Test
    void deletingAnswers204AndTheIntegrationIsGone() {
        String id = createProjectId("shop");
        String integrationId = api.postForId("/projects/" + id + "/integrations", maria, "{\"kind\": \"github\"}");

        assertThat(api.delete("/projects/" + id + "/integrations/" + integrationId, maria)
                        .status())
                .isEqualTo(204);

        assertThat(api.get("/projects/" + id + "/integrations", maria).json()).isEmpty();
        assertThat(api.delete("/projects/" + id + "/integrations/" + integrationId, maria)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/projects/" + id + "/integrations/" + integrationId + "/deliveries", maria)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aViewerReadsButMayNotChange() {
        String id = createProjectId("shop");
        String integrationId = api.postForId("/projects/" + id + "/integrations", maria, "{\"kind\": \"github\"}");

        assertThat(api.post("/projects/" + id + "/integrations", vera, "{\"kind\": \"github\"}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/projects/" + id + "/integrations/" + integrationId + "/secret", vera, "")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete("/projects/" + id + "/integrations/" + integrationId, vera)
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/projects/" + id + "/integrations/" + integrationId + "/deliveries", vera)
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/projects/" + id + "/integrations", null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownKindIs400AndAnUnknownProjectIs404() {
        String id = createProjectId("shop");

        Api.Response unknownKind = api.post("/projects/" + id + "/integrations", maria, "{\"kind\": \"jenkins\"}");

        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).containsExactly("kind");
        assertThat(api.post("/projects/0123456789abcdef01234567/integrations", maria, "{\"kind\": \"github\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/projects/" + id + "/integrations", maria).json()).isEmpty();
    }

    @Test
    void anIntegrationOfAnotherProjectIs404() {
        String shop = createProjectId("shop");
        String other = createProjectId("other");
        String integrationId = api.postForId("/projects/" + shop + "/integrations", maria, "{\"kind\": \"github\"}");

        assertThat(api.delete("/projects/" + other + "/integrations/" + integrationId, maria)
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/projects/" + shop + "/integrations", maria).json()).hasSize(1);
    }
}
