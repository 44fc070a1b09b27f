package io.devopstrack.projects.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.Tokens;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
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
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + closedPort() + "/projects_test");
        registry.add("devopstrack.mongodb.server-selection-timeout", () -> "500ms");
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> JwksServer.get().uri());
        registry.add("spring.data.redis.database", () -> "1");
        registry.add("devopstrack.deployments.stream", () -> "devopstrack:deployments:projects-service-test");
    }

    @Test
    void healthzIs503NamingMongoAsDownWithinSeconds() {
        long start = System.nanoTime();
        Api.Response response = new Api(port).get("/healthz", null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().path("status").asString()).isEqualTo("DOWN");
        assertThat(response.json()
                        .path("components")
                        .path("mongo")
                        .path("status")
                        .asString())
                .isEqualTo("DOWN");
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void anApiCallIs503AsAProblemDocumentWithoutDriverDetails() {
        Api.Response response = new Api(port).get("/projects", Tokens.viewer("vic"));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("127.0.0.1").doesNotContain("Exception");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
