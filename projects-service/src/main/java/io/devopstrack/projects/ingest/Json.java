package io.devopstrack.projects.ingest;

import tools.jackson.databind.JsonNode;

/** Small reads of payload trees: absent and null members are null, numbers come as their decimal text. */
final class Json {

    private Json() {}

    static String text(JsonNode node, String path) {
        JsonNode current = node;
        for (String part : path.split("\\.")) {
            current = current.path(part);
        }
        return current.isMissingNode() || current.isNull() || current.isContainer() ? null : current.asString();
    }

    static String firstText(JsonNode node, String... paths) {
        for (String path : paths) {
            String value = text(node, path);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    static String or(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback;
    }

    static int intOr(JsonNode node, String field, int fallback) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asInt() : fallback;
    }
}
