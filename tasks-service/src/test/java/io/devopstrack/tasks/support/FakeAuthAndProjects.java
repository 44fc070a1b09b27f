package io.devopstrack.tasks.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.devopstrack.testsupport.JwksServer;
import io.devopstrack.testsupport.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
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
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return "http://127.0.0.1:" + server.getAddress().getPort();
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
            answer(exchange, 401, "{}");
            return;
        }
        switch (id) {
            case "missing" -> answer(exchange, 404, "{}");
            // projects-service answers 400 for an id that is not an ObjectId
            case "does-not-exist-abc" -> answer(exchange, 400, "{}");
            case "broken" -> answer(exchange, 500, "{}");
            case "slow" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 200, "{\"id\":\"slow\"}");
            }
            default -> answer(exchange, 200, "{\"id\":\"" + id + "\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
