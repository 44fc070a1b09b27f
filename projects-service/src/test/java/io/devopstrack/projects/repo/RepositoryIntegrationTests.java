package io.devopstrack.projects.repo;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RepositoryIntegrationTests extends IntegrationTest {

    @Test
    void addingARepositoryAnswers201AndShowsItInTheProject() {
        String id = createProjectId("shop");

        Api.Response response = api.post("/projects/" + id + "/repositories", maria, """
                {"name": "shop-api", "url": "https://git.example.test/shop/api.git", "defaultBranch": "develop"}""");

        assertThat(response.status()).isEqualTo(201);
        JsonNode repository = response.json();
        assertThat(response.header("Location"))
                .isEqualTo("/projects/" + id + "/repositories/"
                        + repository.path("id").asString());
        assertThat(repository.path("defaultBranch").asString()).isEqualTo("develop");
        JsonNode project = api.get("/projects/" + id, maria).json();
        assertThat(project.path("repositories")).hasSize(1);
        assertThat(project.path("repositories").get(0)).isEqualTo(repository);
        assertThat(project.path("version").asLong()).isEqualTo(1);
    }

    @Test
    void theDefaultBranchIsMainAndScpLikeUrlsAreAccepted() {
        String id = createProjectId("shop");

        Api.Response response = api.post("/projects/" + id + "/repositories", maria, """
                {"name": "infra", "url": "git@git.example.test:shop/infra.git"}""");

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().path("defaultBranch").asString()).isEqualTo("main");
    }

    @Test
    void aSecondRepositoryWithTheSameNameIs409() {
        String id = createProjectId("shop");
        String body = repository("api", "a");
        api.post("/projects/" + id + "/repositories", maria, body);

        assertThat(api.post("/projects/" + id + "/repositories", maria, body).status())
                .isEqualTo(409);
        assertThat(api.get("/projects/" + id, maria).json().path("repositories"))
                .hasSize(1);
    }

    @Test
    void removingARepositoryAnswers204AndRemovesOnlyIt() {
        String id = createProjectId("shop");
        String first = api.postForId("/projects/" + id + "/repositories", maria, repository("a"));
        api.post("/projects/" + id + "/repositories", maria, repository("b"));

        assertThat(api.delete("/projects/" + id + "/repositories/" + first, maria)
                        .status())
                .isEqualTo(204);

        JsonNode repositories = api.get("/projects/" + id, maria).json().path("repositories");
        assertThat(repositories).hasSize(1);
        assertThat(repositories.get(0).path("name").asString()).isEqualTo("b");
    }

    @Test
    void removingAnUnknownRepositoryIs404AndAMalformedRepoIdIs400() {
        String id = createProjectId("shop");

        assertThat(api.delete("/projects/" + id + "/repositories/" + new ObjectId(), maria)
                        .status())
                .isEqualTo(404);
        Api.Response malformed = api.delete("/projects/" + id + "/repositories/xyz", maria);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("repoId");
    }

    @Test
    void addingToAnUnknownProjectIs404() {
        Api.Response response = api.post("/projects/" + new ObjectId() + "/repositories", maria, repository("a"));

        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void repositoriesAreStoredWithTheirIdUnderTheFieldNameId() {
        String id = createProjectId("shop");
        String repoId = api.postForId("/projects/" + id + "/repositories", maria, repository("a"));

        Document stored = mongo.getCollection(Project.COLLECTION)
                .find(new Document("_id", new ObjectId(id)))
                .first();

        // stored as a plain string field "id", not mapped to "_id", so raw queries by "repositories.id" work
        assertThat(stored.getList("repositories", Document.class).get(0).get("id"))
                .isEqualTo(repoId);
    }

    /** A repository body: the name and where it is cloned from, {@code https://git.example.test/<name>.git}. */
    private static String repository(String name) {
        return repository(name, name);
    }

    private static String repository(String name, String path) {
        return "{\"name\": \"%s\", \"url\": \"https://git.example.test/%s.git\"}".formatted(name, path);
    }
}
