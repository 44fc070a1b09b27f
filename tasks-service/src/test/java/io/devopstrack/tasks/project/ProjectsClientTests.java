package io.devopstrack.tasks.project;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.devopstrack.tasks.config.TasksProperties;
import io.devopstrack.testsupport.StubHttp;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;

/** The project check against a real HTTP server on loopback that answers what projects-service may answer. */
class ProjectsClientTests {

    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicInteger delayMillis = new AtomicInteger(0);
    private final HttpServer server = startServer();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void anExistingProjectPasses() {
        assertThatCode(() -> client().requireExists("p1", "Bearer t")).doesNotThrowAnyException();
    }

    @Test
    void aMalformedProjectIdThatProjectsServiceRejectsWith400IsAnUnknownProject() {
        status.set(400);

        assertThatThrownBy(() -> client().requireExists("does-not-exist-abc", "Bearer t"))
                .isInstanceOf(ProjectNotFound.class)
                .hasMessageContaining("does-not-exist-abc");
    }

    @Test
    void aProjectThatProjectsServiceDoesNotKnowIsAnUnknownProject() {
        status.set(404);

        assertThatThrownBy(() -> client().requireExists("65f0c0ffee", "Bearer t"))
                .isInstanceOf(ProjectNotFound.class);
    }

    @Test
    void aRefusedTokenIsAccessDeniedNotAnOutage() {
        status.set(403);

        assertThatThrownBy(() -> client().requireExists("p1", "Bearer t")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aServerErrorIsAnOutage() {
        status.set(502);

        assertThatThrownBy(() -> client().requireExists("p1", "Bearer t")).isInstanceOf(ProjectsUnavailable.class);
    }

    @Test
    void anAnswerLaterThanTheTimeoutIsAnOutage() {
        delayMillis.set(1_500);

        assertThatThrownBy(() -> client().requireExists("p1", "Bearer t")).isInstanceOf(ProjectsUnavailable.class);
    }

    private ProjectsClient client() {
        TasksProperties properties = new TasksProperties(
                "http://127.0.0.1:" + server.getAddress().getPort(),
                Duration.ofMillis(500),
                Duration.ZERO,
                7,
                "test:",
                Duration.ofMinutes(1));
        return new ProjectsClient(RestClient.builder(), properties);
    }

    private HttpServer startServer() {
        HttpServer http = StubHttp.server();
        http.createContext("/projects/", exchange -> {
            try {
                Thread.sleep(delayMillis.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            StubHttp.empty(exchange, status.get());
        });
        http.start();
        return http;
    }
}
