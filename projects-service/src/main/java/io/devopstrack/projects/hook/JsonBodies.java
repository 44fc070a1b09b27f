package io.devopstrack.projects.hook;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.filter.FilteringParserDelegate;
import tools.jackson.core.filter.TokenFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Event bodies must be one JSON object; anything else is a 400. */
final class JsonBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonBodies() {}

    static JsonNode object(byte[] body) {
        try {
            return requireObject(JSON.readTree(body));
        } catch (JacksonException e) {
            throw new BadHookBody("The body is not valid JSON.");
        }
    }

    /**
     * The body with only these fields, checked as a whole all the same: what is skipped is still read through, so a
     * malformed body is a 400 wherever its fault is.
     */
    static JsonNode object(byte[] body, PayloadFields fields) {
        try (JsonParser parser = new FilteringParserDelegate(
                JSON.createParser(body), fields, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true)) {
            // Jackson 3 fails on trailing tokens by default, here too: one object and nothing after it
            return requireObject(JSON.readTree(parser));
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

    private static JsonNode requireObject(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new BadHookBody("The body must be a JSON object.");
        }
        return node;
    }
}
