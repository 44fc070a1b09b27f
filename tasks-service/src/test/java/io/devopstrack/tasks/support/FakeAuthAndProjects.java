package io.devopstrack.tasks.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.StubHttp;
import io.devopstrack.testsupport.Tokens;
import java.io.IOException;
import java.util.concurrent.Executors;

/**
 * The two other services tasks-service talks to: auth-service's JWK Set and tokens (libs/test-support's
 * {@link JwksServer} and {@link Tokens}), and a small HTTP server standing in for projects-service's
 * {@code GET /projects/{id}}: "missing" → 404, "does-not-exist-abc" → 400, "broken" → 500, "slow" → answers after 3 s, any other → 200.
 */
public final class FakeAuthAndProjects {

    private static final FakeAuthAndProjects INSTANCE = new FakeAuthAndProjects();

    private final HttpServer server;

    private FakeAuthAndProjects() {
        server = StubHttp.server();
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-projects");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/projects/", this::project);
        server.start();
    }

    public static FakeAuthAndProjects get() {
        return INSTANCE;
    }

    /** The fake projects-service. */
    public String baseUrl() {
        return StubHttp.url(server);
    }

    public String jwksUri() {
        return JwksServer.get().uri();
    }

    /** A valid access token for a user with these roles, named after the first one. */
    public String token(String... roles) {
        return Tokens.token(roles.length == 0 ? "nobody" : roles[0].toLowerCase(), roles);
    }

    /** A token signed by the right key but for another audience. */
    public String tokenForAudience(String audience) {
        return Tokens.withAudience("x", audience);
    }

    private void project(HttpExchange exchange) throws IOException {
        String id = exchange.getRequestURI().getPath().substring("/projects/".length());
        if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
            StubHttp.json(exchange, 401, "{}");
            return;
        }
        switch (id) {
            case "missing" -> StubHttp.json(exchange, 404, "{}");
            // projects-service answers 400 for an id that is not an ObjectId
            case "does-not-exist-abc" -> StubHttp.json(exchange, 400, "{}");
            case "broken" -> StubHttp.json(exchange, 500, "{}");
            case "slow" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                StubHttp.json(exchange, 200, "{\"id\":\"slow\"}");
            }
            default -> StubHttp.json(exchange, 200, "{\"id\":\"" + id + "\"}");
        }
    }
}
