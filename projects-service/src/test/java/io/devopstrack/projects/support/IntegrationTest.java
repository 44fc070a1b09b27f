package io.devopstrack.projects.support;

import io.devopstrack.projects.project.Project;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.TestEnvironment;
import io.devopstrack.testsupport.TestRedis;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service on a random port against the MongoDB-wire server (database projects_test) and Redis
 * (database 1) over TCP, verifying tokens against the in-test JWK Set. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag(TestRedis.TAG)
// The scheduled relays (and the delivery-log retention) stay quiet here: contexts stay cached and alive across test
// classes, and a
// relay running in one of them would publish another test's deployments. Relay tests drive it themselves.
@TestPropertySource(
        properties = {
            "devopstrack.deployments.relay-interval=1h",
            "devopstrack.hooks.relay-interval=1h",
            "devopstrack.incidents.relay-interval=1h",
            "devopstrack.integrations.delivery-retention-sweep-interval=1h"
        })
public abstract class IntegrationTest {

    public static final String TEST_STREAM = "devopstrack:deployments:projects-service-test";
    public static final String TEST_RUNS_STREAM = "devopstrack:external-runs:projects-service-test";
    public static final String TEST_INCIDENTS_STREAM = "devopstrack:incidents:projects-service-test";

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    protected Api api;

    /** The maintainer the tests act as, owner of the projects {@link #createProjectId} makes. */
    protected final String maria = Tokens.maintainer("maria");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        JwksServer.addTo(registry);
        registry.add(
                "spring.mongodb.uri",
                () -> TestEnvironment.get("PROJECTS_TEST_MONGODB_URI", "mongodb://127.0.0.1:27017/projects_test"));
        TestRedis.addTo(registry, "1");
        // A stream of its own, so that other services' suites sharing Redis database 1 cannot interfere.
        registry.add("devopstrack.deployments.stream", () -> TEST_STREAM);
        registry.add("devopstrack.hooks.runs-stream", () -> TEST_RUNS_STREAM);
        registry.add("devopstrack.incidents.stream", () -> TEST_INCIDENTS_STREAM);
    }

    @BeforeEach
    void cleanProjects() {
        // remove, not drop: dropping would also drop the indexes the service created at start
        mongo.remove(new Query(), Project.class);
        api = new Api(port);
    }

    protected JsonNode createProject(String name, String ownerToken) {
        Api.Response response = api.post("/projects", ownerToken, """
                {"name": "%s", "description": "about %s", "tags": ["java"]}""".formatted(name, name));
        if (response.status() != 201) {
            throw new IllegalStateException("project not created: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /** An integration as its creation answers it, the one time its secret is shown. */
    protected record Created(String id, String secret) {}

    protected Created createIntegration(String projectId, String kind) {
        JsonNode created = api.post("/projects/" + projectId + "/integrations", maria, "{\"kind\": \"" + kind + "\"}")
                .json();
        return new Created(created.path("id").asString(), created.path("secret").asString());
    }

    protected String createProjectId(String name) {
        return createProject(name, maria).path("id").asString();
    }
}
