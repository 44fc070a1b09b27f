package io.devopstrack.projects.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

final class Fixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Fixtures() {}

    static JsonNode json(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/hooks/" + path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first event {@code mapper} reads from the fixture delivered as {@code event}, of the kind expected. */
    static <T extends NormalizedEvent> T first(
            BiFunction<String, JsonNode, List<NormalizedEvent>> mapper, String event, String path, Class<T> kind) {
        return kind.cast(mapper.apply(event, json(path)).get(0));
    }
}
