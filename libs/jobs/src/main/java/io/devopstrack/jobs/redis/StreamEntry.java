package io.devopstrack.jobs.redis;

import java.util.Map;

/** An entry of a stream: its id and fields (no fields when it was deleted while pending). */
public record StreamEntry(String id, Map<String, String> fields) {

    public StreamEntry {
        fields = Map.copyOf(fields);
    }

    /** The value of a field, or "" when the entry has none. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
