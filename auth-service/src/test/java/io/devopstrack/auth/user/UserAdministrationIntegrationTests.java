package io.devopstrack.auth.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.support.AuthApi.Response;
import io.devopstrack.auth.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

class UserAdministrationIntegrationTests extends IntegrationTest {

    private String adminToken;

    @BeforeEach
    void logInAsAdmin() {
        adminToken = accessTokenOf(createUser(Role.ADMIN));
    }

    @Test
    void adminCreatesAUserWhoCanThenLogInWithTheirRoles() {
        String username = uniqueUsername();

        Response created =
                api.post("/auth/users", newUser(username, "a-good-password", List.of("MAINTAINER")), adminToken);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(created.header("Location"))
                .isEqualTo("/auth/users/" + body.get("id").asString());
        assertThat(body.get("username").asString()).isEqualTo(username);
        assertThat(body.get("roles").toString()).isEqualTo("[\"MAINTAINER\"]");
        assertThat(body.get("enabled").asBoolean()).isTrue();
        assertThat(body.get("createdAt").asString()).endsWith("Z");
        assertThat(body.has("password")).isFalse();
        assertThat(body.has("passwordHash")).isFalse();
        assertThat(api.login(username, "a-good-password").status()).isEqualTo(200);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String username = uniqueUsername();
        api.post("/auth/users", newUser(username, "a-good-password", List.of("VIEWER")), adminToken);

        String stored = jdbc.sql("select password_hash from users where username = ?")
                .param(username)
                .query(String.class)
                .single();

        assertThat(stored).startsWith("{bcrypt}$2a$").doesNotContain("a-good-password");
    }

    @Test
    void duplicateUserNameIs409EvenInAnotherCase() {
        String username = uniqueUsername();
        api.post("/auth/users", newUser(username, "a-good-password", List.of("VIEWER")), adminToken);

        Response duplicate = api.post(
                "/auth/users",
                newUser(username.toUpperCase().replace("TEST-", "test-"), "another-password", List.of("VIEWER")),
                adminToken);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listIsPagedInSpringDataPageForm() {
        createUser(Role.VIEWER);
        createUser(Role.VIEWER);

        Response page = api.get("/auth/users?page=0&size=2", adminToken);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().get("content")).hasSize(2);
        JsonNode metadata = page.json().get("page");
        assertThat(metadata.get("number").asInt()).isZero();
        assertThat(metadata.get("size").asInt()).isEqualTo(2);
        long total = metadata.get("totalElements").asLong();
        assertThat(total).isGreaterThanOrEqualTo(4);
        assertThat(metadata.get("totalPages").asLong()).isEqualTo((total + 1) / 2);
    }

    @Test
    void getReturnsTheUserAnd404ForAnUnknownId() {
        TestUser user = createUser(Role.VIEWER);

        assertThat(api.get("/auth/users/" + user.id(), adminToken)
                        .json()
                        .get("username")
                        .asString())
                .isEqualTo(user.username());
        Response missing = api.get("/auth/users/" + UUID.randomUUID(), adminToken);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/auth/users/not-a-uuid", adminToken).status()).isEqualTo(400);
    }

    @Test
    void patchChangesRolesEnabledFlagAndPassword() {
        TestUser user = createUser(Role.VIEWER);

        Response patched = api.patch(
                "/auth/users/" + user.id(),
                Map.of("roles", List.of("ADMIN", "VIEWER"), "password", "a-new-password"),
                adminToken);

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().get("roles").toString()).isEqualTo("[\"ADMIN\",\"VIEWER\"]");
        assertThat(api.login(user.username(), user.password()).status()).isEqualTo(401);
        assertThat(api.login(user.username(), "a-new-password").status()).isEqualTo(200);
        assertThat(api.patch("/auth/users/" + user.id(), Map.of("enabled", false), adminToken)
                        .json()
                        .get("enabled")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void deleteRemovesTheUser() {
        TestUser user = createUser(Role.VIEWER);

        assertThat(api.delete("/auth/users/" + user.id(), adminToken).status()).isEqualTo(204);

        assertThat(api.get("/auth/users/" + user.id(), adminToken).status()).isEqualTo(404);
        assertThat(api.login(user.username(), user.password()).status()).isEqualTo(401);
    }

    @Test
    void invalidFieldsAre400ProblemsNamingEachField() {
        Response response = api.post("/auth/users", newUser("", "short", List.of()), adminToken);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("username", "password", "roles");
    }

    @Test
    void oversizedFieldsAre400() {
        Response longName =
                api.post("/auth/users", newUser("u".repeat(65), "a-good-password", List.of("VIEWER")), adminToken);
        Response longPassword =
                api.post("/auth/users", newUser(uniqueUsername(), "p".repeat(73), List.of("VIEWER")), adminToken);
        Response tooManyBytes =
                api.post("/auth/users", newUser(uniqueUsername(), "é".repeat(40), List.of("VIEWER")), adminToken);

        assertThat(longName.json().get("errors").findValuesAsString("field")).containsExactly("username");
        assertThat(longPassword.json().get("errors").findValuesAsString("field"))
                .containsExactly("password");
        assertThat(tooManyBytes.status()).isEqualTo(400);
        assertThat(tooManyBytes.json().get("errors").findValuesAsString("field"))
                .containsExactly("password");
    }

    @Test
    void unknownRoleIs400NamingTheRolesField() {
        Response response =
                api.post("/auth/users", newUser(uniqueUsername(), "a-good-password", List.of("ROOT")), adminToken);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("roles[0]");
    }

    @Test
    void malformedJsonIs400AndStoresNothing() {
        long before = userCount();

        Response response = api.send("POST", "/auth/users", "application/json", "{\"username\": [", adminToken);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(userCount()).isEqualTo(before);
    }

    @Test
    void badPagingParametersAre400NamingTheParameter() {
        Response response = api.get("/auth/users?page=-1&size=1000", adminToken);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("page", "size");
    }

    @ParameterizedTest(name = "{0} gets 403 on {1} {2}")
    @MethodSource("everyUsersEndpointForNonAdmins")
    void viewersAndMaintainersGet403OnEveryUsersEndpoint(Role role, String method, String path) {
        TestUser target = createUser(Role.VIEWER);
        String token = accessTokenOf(createUser(role));
        String resolvedPath = path.replace("{id}", target.id());
        String body = "{\"username\":\"" + uniqueUsername() + "\",\"password\":\"a-good-password\","
                + "\"roles\":[\"ADMIN\"],\"enabled\":false}";

        Response response = api.send(method, resolvedPath, "application/json", body, token);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(userService.get(UUID.fromString(target.id())).enabled()).isTrue();
    }

    static Stream<Arguments> everyUsersEndpointForNonAdmins() {
        List<String[]> endpoints = List.of(
                new String[] {"GET", "/auth/users"},
                new String[] {"POST", "/auth/users"},
                new String[] {"GET", "/auth/users/{id}"},
                new String[] {"PATCH", "/auth/users/{id}"},
                new String[] {"DELETE", "/auth/users/{id}"});
        return Stream.of(Role.VIEWER, Role.MAINTAINER)
                .flatMap(role -> endpoints.stream().map(e -> Arguments.of(role, e[0], e[1])));
    }

    private long userCount() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    private static Map<String, Object> newUser(String username, String password, List<String> roles) {
        return Map.of("username", username, "password", password, "roles", roles);
    }
}
