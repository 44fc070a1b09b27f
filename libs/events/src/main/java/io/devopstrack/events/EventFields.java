package io.devopstrack.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the all-string fields of a stream entry, naming the field when one is missing or malformed; writers put
 * {@link #orEmpty} for a value they do not know.
 */
public record EventFields(Map<String, String> body) {

    public String text(String name) {
        String value = body.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidEvent("missing field " + name);
        }
        return value;
    }

    /** A value that may be absent or empty (null then). */
    public String known(String name) {
        String value = body.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public String optionalText(String name) {
        String value = body.get(name);
        return value == null ? "" : value;
    }

    public long number(String name) {
        try {
            return Long.parseLong(text(name).trim());
        } catch (NumberFormatException e) {
            throw new InvalidEvent("field " + name + " is not an integer");
        }
    }

    public Instant instant(String name) {
        try {
            return IsoInstant.parse(text(name).trim());
        } catch (DateTimeParseException e) {
            throw new InvalidEvent("field " + name + " is not an ISO-8601 instant");
        }
    }

    /** An instant that may be absent or empty (null then). */
    public Instant optionalInstant(String name) {
        String value = body.get(name);
        return value == null || value.isBlank() ? null : instant(name);
    }

    public String oneOf(String name, Set<String> allowed) {
        String value = text(name);
        if (!allowed.contains(value)) {
            throw new InvalidEvent("field " + name + " is not one of " + new TreeSet<>(allowed));
        }
        return value;
    }

    public static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public static String orEmpty(Instant value) {
        return value == null ? "" : value.toString();
    }
}
