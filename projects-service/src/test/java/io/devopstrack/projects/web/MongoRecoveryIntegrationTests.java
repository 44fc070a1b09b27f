package io.devopstrack.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.MongoElsewhere;
import io.devopstrack.testsupport.TcpProxy;
import io.devopstrack.testsupport.TestEnvironment;
import io.devopstrack.testsupport.Tokens;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * MongoDB lost while the service runs (a relay in between, cut, then listening again on the same port): requests
 * are 503 while it is away and succeed again once it is back, in the same running service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class MongoRecoveryIntegrationTests {

    private static final URI MONGO =
            URI.create(TestEnvironment.get("PROJECTS_TEST_MONGODB_URI", "mongodb://127.0.0.1:27017/projects_test"));
    private static final TcpProxy mongo = new TcpProxy(MONGO.getHost(), MONGO.getPort());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        MongoElsewhere.properties(registry, () -> "mongodb://127.0.0.1:" + mongo.port() + MONGO.getPath());
        registry.add("devopstrack.deployments.relay-interval", () -> "1h");
        registry.add("devopstrack.hooks.relay-interval", () -> "1h");
    }

    @AfterAll
    static void closeRelay() {
        mongo.close();
    }

    @Test
    void requestsAre503WhileMongoIsAwayAndSucceedOnceItIsBack() {
        Api api = new Api(port);
        String maintainer = Tokens.maintainer("maria");
        assertThat(api.get("/projects", maintainer).status()).isEqualTo(200);

        mongo.cut();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/projects", maintainer).status() == 503);
        assertThat(api.post("/projects", maintainer, project("while-down")).status())
                .isEqualTo(503);
        assertThat(api.get("/healthz", null).status()).isEqualTo(503);

        mongo.restore();

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/projects", maintainer).status() == 200);
        assertThat(api.post("/projects", maintainer, project("after-recovery-" + System.nanoTime()))
                        .status())
                .isEqualTo(201);
        assertThat(api.get("/healthz", null).status()).isEqualTo(200);
    }

    private static String project(String name) {
        return """
                {"name": "%s", "description": "recovery", "tags": []}""".formatted(name);
    }
}
