package io.devopstrack.metrics.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.devopstrack.metrics.config.ProjectsProperties;
import io.devopstrack.testsupport.StubHttp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.client.RestClient;

/** The tag lookup against a real HTTP server on loopback answering what projects-service may answer. */
class ProjectTagsTests {

    private final AtomicInteger status = new AtomicInteger(200);
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server = startServer();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void everyPageIsReadWithTheCallersToken() {
        assertThat(tags(Duration.ZERO).projectsTagged("team-a", "Bearer t")).containsExactlyInAnyOrder("p1", "p2");

        assertThat(requests)
                .containsExactly(
                        "Bearer t /projects?tag=team-a&page=0&size=100",
                        "Bearer t /projects?tag=team-a&page=1&size=100");
    }

    @Test
    void anAnswerIsReusedWhileItIsFresh() {
        ProjectTags tags = tags(Duration.ofMinutes(1));

        tags.projectsTagged("team-a", "Bearer t");
        tags.projectsTagged("team-a", "Bearer t");

        assertThat(requests).hasSize(2); // the two pages of the first call only
    }

    @Test
    void aRefusedTokenIsAccessDenied() {
        status.set(403);

        assertThatThrownBy(() -> tags(Duration.ZERO).projectsTagged("team-a", "Bearer t"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aServerErrorIsAnOutage() {
        status.set(502);

        assertThatThrownBy(() -> tags(Duration.ZERO).projectsTagged("team-a", "Bearer t"))
                .isInstanceOf(ProjectsUnavailable.class);
    }

    private ProjectTags tags(Duration ttl) {
        return new ProjectTags(
                RestClient.builder(), new ProjectsProperties(StubHttp.url(server), Duration.ofMillis(500), ttl));
    }

    // Two pages: p1 on page 0, p2 on page 1 (the service asks for 100 a page; the stub pretends pages of one).
    private HttpServer startServer() {
        HttpServer http = StubHttp.server();
        http.createContext("/projects", exchange -> {
            requests.add(exchange.getRequestHeaders().getFirst("Authorization") + " " + exchange.getRequestURI());
            if (status.get() != 200) {
                StubHttp.empty(exchange, status.get());
                return;
            }
            String page = exchange.getRequestURI().getQuery().contains("page=0") ? "0" : "1";
            StubHttp.json(
                    exchange,
                    200,
                    "{\"content\":[{\"id\":\"p" + (Integer.parseInt(page) + 1) + "\"}],"
                            + "\"page\":{\"size\":1,\"number\":" + page + ",\"totalElements\":2,\"totalPages\":2}}");
        });
        http.start();
        return http;
    }
}
