package io.devopstrack.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.projects.support.MongoElsewhere;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** MONGODB_URI points at a closed port: the service still starts, and says clearly that its store is down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MongoDownIntegrationTests {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MongoElsewhere.properties(registry, () -> "mongodb://127.0.0.1:" + ClosedPorts.any() + "/projects_test");
    }

    @Test
    void healthzIs503NamingMongoAsDownWithinSeconds() {
        long start = System.nanoTime();
        Api.Response response = new Api(port).get("/healthz", null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(response.json().at("/components/mongo/status").asString()).isEqualTo("DOWN");
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void anApiCallIs503AsAProblemDocumentWithoutDriverDetails() {
        Api.Response response = new Api(port).get("/projects", Tokens.viewer("vic"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("127.0.0.1").doesNotContain("Exception");
    }
}
