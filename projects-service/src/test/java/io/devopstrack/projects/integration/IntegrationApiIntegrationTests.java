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

        Api.Response response = api.post(integrations(id), maria, "{\"kind\": \"github\"}");

        assertThat(response.status()).isEqualTo(201);
        JsonNode created = response.json();
        String integrationId = created.path("id").asString();
        assertThat(created.path("kind").asString()).isEqualTo("github");
        assertThat(created.path("hookPath").asString()).isEqualTo("/hooks/github/" + integrationId);
        assertThat(created.path("secret").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(created.path("createdAt").isString()).isTrue();
        JsonNode listed = api.get(integrations(id), vera).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).has("secret")).isFalse();
        assertThat(listed.get(0).path("counts").path("accepted").asLong()).isZero();
        assertThat(listed.get(0).path("lastDeliveryAt").isNull()).isTrue();
    }

    @Test
    void theSecretIsStoredEncryptedNeverInTheClear() {
        String id = createProjectId("shop");
        String secret = api.post(integrations(id), maria, "{\"kind\": \"gitlab\"}")
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
        JsonNode created =
                api.post(integrations(id), maria, "{\"kind\": \"cdevents\"}").json();
        String integrationId = created.path("id").asString();

        Api.Response rotated = api.post(integration(id, integrationId) + "/secret", maria, "");

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.json().path("secret").asString())
                .isNotEqualTo(created.path("secret").asString())
                .matches("[A-Za-z0-9_-]{43}");
        assertThat(rotated.json().path("hookPath").asString()).isEqualTo("/hooks/cdevents/" + integrationId);
    }

    @Test
    void deletingAnswers204AndTheIntegrationIsGone() {
        String id = createProjectId("shop");
        String integrationId = api.postForId(integrations(id), maria, "{\"kind\": \"github\"}");

        assertThat(api.delete(integration(id, integrationId), maria).status()).isEqualTo(204);

        assertThat(api.get(integrations(id), maria).json()).isEmpty();
        assertThat(api.delete(integration(id, integrationId), maria).status()).isEqualTo(404);
        assertThat(api.get(integration(id, integrationId) + "/deliveries", maria)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aViewerReadsButMayNotChange() {
        String id = createProjectId("shop");
        String integrationId = api.postForId(integrations(id), maria, "{\"kind\": \"github\"}");

        assertThat(api.post(integrations(id), vera, "{\"kind\": \"github\"}").status())
                .isEqualTo(403);
        assertThat(api.post(integration(id, integrationId) + "/secret", vera, "")
                        .status())
                .isEqualTo(403);
        assertThat(api.delete(integration(id, integrationId), vera).status()).isEqualTo(403);
        assertThat(api.get(integration(id, integrationId) + "/deliveries", vera).status())
                .isEqualTo(200);
        assertThat(api.get(integrations(id), null).status()).isEqualTo(401);
    }

    @Test
    void anUnknownKindIs400AndAnUnknownProjectIs404() {
        String id = createProjectId("shop");

        Api.Response unknownKind = api.post(integrations(id), maria, "{\"kind\": \"jenkins\"}");

        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.errorFields()).containsExactly("kind");
        assertThat(api.post(integrations("0123456789abcdef01234567"), maria, "{\"kind\": \"github\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(integrations(id), maria).json()).isEmpty();
    }

    @Test
    void anIntegrationOfAnotherProjectIs404() {
        String shop = createProjectId("shop");
        String other = createProjectId("other");
        String integrationId = api.postForId(integrations(shop), maria, "{\"kind\": \"github\"}");

        assertThat(api.delete(integration(other, integrationId), maria).status())
                .isEqualTo(404);
        assertThat(api.get(integrations(shop), maria).json()).hasSize(1);
    }

    private static String integrations(String projectId) {
        return "/projects/" + projectId + "/integrations";
    }

    private static String integration(String projectId, String integrationId) {
        return integrations(projectId) + "/" + integrationId;
    }
}
