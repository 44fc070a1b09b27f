package io.devopstrack.metrics.support;

import com.sun.net.httpserver.HttpServer;
import io.devopstrack.testsupport.StubHttp;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * projects-service's {@code GET /projects?tag=&page=&size=} as the tag filter reads it, on a free loopback port:
 * the projects of each tag are set by the test. Requests without a bearer token are refused (401).
 */
public final class ProjectsStub {

    private static final ProjectsStub INSTANCE = new ProjectsStub();

    private final Map<String, List<String>> projectsByTag = new ConcurrentHashMap<>();
    private final HttpServer server;

    private ProjectsStub() {
        server = StubHttp.server();
        server.createContext("/projects", exchange -> {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer ")) {
                StubHttp.empty(exchange, 401);
                return;
            }
            Map<String, String> query = parameters(exchange.getRequestURI().getRawQuery());
            List<String> ids = projectsByTag.getOrDefault(query.getOrDefault("tag", ""), List.of());
            int page = Integer.parseInt(query.getOrDefault("page", "0"));
            int size = Integer.parseInt(query.getOrDefault("size", "20"));
            List<String> slice =
                    ids.stream().skip((long) page * size).limit(size).toList();
            String content = slice.stream()
                    .map(id -> "{\"id\":\"" + id + "\",\"name\":\"" + id + "\"}")
                    .collect(Collectors.joining(","));
            StubHttp.json(
                    exchange,
                    200,
                    "{\"content\":[" + content + "],\"page\":{\"size\":" + size + ",\"number\":" + page
                            + ",\"totalElements\":" + ids.size() + ",\"totalPages\":" + ((ids.size() + size - 1) / size)
                            + "}}");
        });
        server.start();
    }

    public static ProjectsStub get() {
        return INSTANCE;
    }

    public String url() {
        return StubHttp.url(server);
    }

    public void tag(String tag, String... projectIds) {
        projectsByTag.put(tag, List.of(projectIds));
    }

    private static Map<String, String> parameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        return java.util.Arrays.stream(rawQuery.split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                        pair -> pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : "",
                        (a, b) -> b));
    }
}
