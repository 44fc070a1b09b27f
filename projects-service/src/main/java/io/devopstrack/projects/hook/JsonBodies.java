package io.devopstrack.projects.hook;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Event bodies must be one JSON object; anything else is a 400. */
final class JsonBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonBodies() {}

    static JsonNode object(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new BadHookBody("The body must be a JSON object.");
            }
            return node;
        } catch (JacksonException e) {
            throw new BadHookBody("The body is not valid JSON.");
        }
    }

    /** The text at a path such as {@code repository.html_url}, or null. */
    static String text(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = current.path(part);
        }
        return current.isString() ? current.asString() : null;
    }
}
