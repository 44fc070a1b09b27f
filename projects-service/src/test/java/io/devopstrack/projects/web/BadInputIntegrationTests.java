package io.devopstrack.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.mongodb.core.query.Query;

/** Every class of bad input is a 400 problem naming the field, never a 500, and stores nothing. */
class BadInputIntegrationTests extends IntegrationTest {

    private final String admin = Tokens.admin("ada");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name": "a", "owner": "mallory"}                  | owner
            {"name": 123}                                      | name
            {"name": true}                                     | name
            {"name": "a", "tags": "java"}                      | tags
            {"name": "a", "tags": [1]}                         | tags[0]
            {"name": "a", "tags": ["has space"]}               | tags[0]
            {"name": "a", "description": {"x": 1}}             | description
            {"name": ""}                                       | name
            {}                                                 | name
            {"name": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} | name
            {"name": "a",                                      | body
            [1, 2]                                             | body
            """)
    void aBadProjectIs400NamingTheFieldAndNothingIsStored(String body, String field) {
        Api.Response response = api.post("/projects", admin, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.errorFields()).contains(field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("tools.jackson");
        assertThat(mongo.count(new Query(), Project.class)).isZero();
    }

    @Test
    void anEmptyBodyIs400() {
        Api.Response response = api.post("/projects", admin, "");

        assertThat(response.status()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name": "b", "version": "zero"}              | version
            {"name": "b", "version": -1}                  | version
            {"name": "b"}                                 | version
            {"name": "b", "version": 0, "id": "x"}        | id
            """)
    void aBadEditIs400AndChangesNothing(String body, String field) {
        String id = createProjectId("before");

        Api.Response response = api.put("/projects/" + id, admin, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains(field);
        assertThat(api.get("/projects/" + id, admin).json().path("name").asString())
                .isEqualTo("before");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name": "r", "url": "not a url"}                            | url
            {"name": "r", "url": "ftp://git.example.test/r.git"}         | url
            {"name": "r", "url": "https:///nohost"}                      | url
            {"name": "r"}                                                | url
            {"name": "r", "url": "https://git.example.test/r.git", "defaultBranch": "a b"} | defaultBranch
            {"name": "r", "url": "https://git.example.test/r.git", "branch": "main"}       | branch
            """)
    void aBadRepositoryIs400NamingTheField(String body, String field) {
        assertRejectedAndNothingAdded("repositories", body, field);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"name": "prod", "protected": "yes"}               | protected
            {"name": "prod", "protected": 1}                   | protected
            {"name": "prod", "url": "shop.example.test"}       | url
            {"name": "p r o d"}                                | name
            """)
    void aBadEnvironmentIs400NamingTheField(String body, String field) {
        assertRejectedAndNothingAdded("environments", body, field);
    }

    @Test
    void aBadVersionTimestampIs400NamingCommittedAt() {
        String id = createProjectId("shop");

        Api.Response response = api.post(
                "/projects/" + id + "/versions",
                admin,
                "{\"version\": \"1.0.0\", \"commit\": \"abcdef1\", \"committedAt\": \"yesterday\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly("committedAt");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /projects?page=-1               | page
            /projects?size=0                | size
            /projects?page=x                | page
            /projects?sort=owner,asc        | sort
            /projects?sort=name,sideways    | sort
            /projects/123                   | id
            """)
    void badQueryParametersAndIdsAre400NamingThem(String path, String field) {
        Api.Response response = api.get(path, admin);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).containsExactly(field);
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405NotA500() {
        assertThat(api.get("/projects/0123456789abcdef01234567/nothing", admin).status())
                .isEqualTo(404);
        assertThat(api.put("/projects", admin, "{}").status()).isEqualTo(405);
    }

    /** A bad body for a sub-resource: 400 naming the field, and the project still has none of that sub-resource. */
    private void assertRejectedAndNothingAdded(String subResource, String body, String field) {
        String id = createProjectId("shop");

        Api.Response response = api.post("/projects/" + id + "/" + subResource, admin, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorFields()).contains(field);
        assertThat(api.get("/projects/" + id, admin).json().path(subResource)).isEmpty();
    }
}
