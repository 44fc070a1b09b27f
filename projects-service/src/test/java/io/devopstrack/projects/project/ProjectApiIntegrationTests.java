package io.devopstrack.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.Concurrently;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ProjectApiIntegrationTests extends IntegrationTest {

    @Test
    void createAnswers201WithLocationAndTheCallerAsOwner() {
        Api.Response response = api.post("/projects", maria, """
                {"name": "checkout", "description": "the shop's checkout", "tags": ["java", "shop"]}""");

        assertThat(response.status()).isEqualTo(201);
        JsonNode project = response.json();
        assertThat(response.header("Location"))
                .isEqualTo("/projects/" + project.path("id").asString());
        assertThat(project.path("name").asString()).isEqualTo("checkout");
        assertThat(project.path("owner").asString()).isEqualTo("maria");
        assertThat(project.path("tags").toString()).isEqualTo("[\"java\",\"shop\"]");
        assertThat(project.path("version").asLong()).isZero();
        assertThat(project.path("createdAt").asString()).endsWith("Z");
        assertThat(project.path("repositories").isArray()).isTrue();
    }

    @Test
    void getReturnsWhatCreateStored() {
        JsonNode created = createProject("billing", maria);

        Api.Response response = api.get("/projects/" + created.path("id").asString(), Tokens.viewer("vic"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json()).isEqualTo(created);
    }

    @Test
    void listPagesThroughProjectsSortedByName() {
        for (int i = 0; i < 25; i++) {
            createProjectId("project-%02d".formatted(i));
        }

        JsonNode first = api.get("/projects?page=0&size=10", maria).json();
        JsonNode last = api.get("/projects?page=2&size=10&sort=name,asc", maria).json();

        assertThat(first.path("content")).hasSize(10);
        assertThat(first.path("content").get(0).path("name").asString()).isEqualTo("project-00");
        assertThat(first.path("page").path("totalElements").asLong()).isEqualTo(25);
        assertThat(first.path("page").path("totalPages").asLong()).isEqualTo(3);
        assertThat(first.path("page").path("size").asInt()).isEqualTo(10);
        assertThat(last.path("content")).hasSize(5);
        assertThat(last.path("page").path("number").asInt()).isEqualTo(2);
        assertThat(last.path("content").get(4).path("name").asString()).isEqualTo("project-24");
    }

    @Test
    void sizeDefaultsTo20AndIsCappedAt100() {
        assertThat(api.get("/projects", maria).json().path("page").path("size").asInt())
                .isEqualTo(20);
        assertThat(api.get("/projects?size=5000", maria)
                        .json()
                        .path("page")
                        .path("size")
                        .asInt())
                .isEqualTo(100);
    }

    @Test
    void sortsByCreationTimeDescending() {
        createProjectId("alpha");
        createProjectId("beta");
        createProjectId("gamma");

        JsonNode page = api.get("/projects?sort=createdAt,desc", maria).json();

        assertThat(names(page)).containsExactly("gamma", "beta", "alpha");
    }

    @Test
    void qFiltersByNameCaseInsensitivelyAndLiterally() {
        createProjectId("Payments-API");
        createProjectId("payments.web");
        createProjectId("paymentsXweb");
        createProjectId("inventory");

        assertThat(names(api.get("/projects?q=PAYMENTS", maria).json()))
                .containsExactly("Payments-API", "payments.web", "paymentsXweb");
        // "." is a literal dot, not "any character"
        assertThat(names(api.get("/projects?q=s.w", maria).json())).containsExactly("payments.web");
        assertThat(api.get("/projects?q=(", maria).status()).isEqualTo(200);
    }

    @Test
    void tagFiltersByTag() {
        api.post("/projects", maria, "{\"name\": \"a\", \"tags\": [\"go\", \"edge\"]}");
        api.post("/projects", maria, "{\"name\": \"b\", \"tags\": [\"java\"]}");
        api.post("/projects", maria, "{\"name\": \"c\", \"tags\": [\"edge\"]}");

        JsonNode page = api.get("/projects?tag=edge", maria).json();

        assertThat(names(page)).containsExactly("a", "c");
        assertThat(page.path("page").path("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void updateReplacesTheEditableFieldsAndRaisesTheVersion() {
        JsonNode created = createProject("old-name", maria);

        Api.Response response = api.put("/projects/" + created.path("id").asString(), maria, """
                {"name": "new-name", "description": "new", "tags": ["x"], "version": 0}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("name").asString()).isEqualTo("new-name");
        assertThat(response.json().path("description").asString()).isEqualTo("new");
        assertThat(response.json().path("version").asLong()).isEqualTo(1);
        assertThat(response.json().path("owner").asString()).isEqualTo("maria");
    }

    @Test
    void updateWithAStaleVersionIs409AndChangesNothing() {
        String id = createProjectId("locked");
        assertThat(api.put("/projects/" + id, maria, "{\"name\": \"first\", \"version\": 0}")
                        .status())
                .isEqualTo(200);

        Api.Response stale = api.put("/projects/" + id, maria, "{\"name\": \"second\", \"version\": 0}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/projects/" + id, maria).json().path("name").asString())
                .isEqualTo("first");
    }

    @Test
    void ofConcurrentEditsOfTheSameVersionExactlyOneWins() throws Exception {
        String id = createProjectId("contended");
        List<Callable<Integer>> edits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = "{\"name\": \"edit-%d\", \"version\": 0}".formatted(i);
            edits.add(() -> api.put("/projects/" + id, maria, body).status());
        }

        List<Integer> statuses = Concurrently.call(8, edits);

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(7);
        assertThat(api.get("/projects/" + id, maria).json().path("version").asLong())
                .isEqualTo(1);
    }

    @Test
    void aDuplicateNameIs409OnCreateAndOnRename() {
        createProjectId("unique");
        String other = createProjectId("other");

        Api.Response duplicate = api.post("/projects", maria, "{\"name\": \"unique\"}");
        Api.Response rename = api.put("/projects/" + other, maria, "{\"name\": \"unique\", \"version\": 0}");

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("detail").asString()).contains("already exists");
        assertThat(rename.status()).isEqualTo(409);
        assertThat(api.get("/projects?q=unique", maria)
                        .json()
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void deleteAnswers204AndTheProjectIsGone() {
        String id = createProjectId("doomed");

        assertThat(api.delete("/projects/" + id, maria).status()).isEqualTo(204);
        assertThat(api.get("/projects/" + id, maria).status()).isEqualTo(404);
        assertThat(api.delete("/projects/" + id, maria).status()).isEqualTo(404);
    }

    @Test
    void anUnknownIdIs404AndAMalformedIdIs400NamingTheId() {
        Api.Response missing = api.get("/projects/0123456789abcdef01234567", maria);
        Api.Response malformed = api.get("/projects/not-an-id", maria);

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("id");
    }

    @Test
    void theServiceCreatesItsIndexesAtStart() {
        List<String> indexes = new ArrayList<>();
        for (Document index : mongo.getCollection(Project.COLLECTION).listIndexes()) {
            indexes.add(index.getString("name"));
        }

        assertThat(indexes).contains("name_unique", "tags", "createdAt", "deployments_published");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.path("content").forEach(project -> names.add(project.path("name").asString()));
        return names;
    }
}
