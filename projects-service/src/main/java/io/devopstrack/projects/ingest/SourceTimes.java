package io.devopstrack.projects.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * Times as the senders write them: ISO-8601 ({@code 2026-03-01T10:00:00Z}, {@code 2016-08-12T17:23:21+02:00}) and
 * GitLab's own {@code 2026-03-01 10:00:00 UTC} and {@code 2021-04-28 21:50:00 +0200}. Anything else is null.
 */
public final class SourceTimes {

    private static final DateTimeFormatter GITLAB = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS] xx");

    private SourceTimes() {}

    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notIso) {
            try {
                return OffsetDateTime.parse(value.replace(" UTC", " +0000"), GITLAB)
                        .toInstant();
            } catch (DateTimeParseException notGitLab) {
                return null;
            }
        }
    }

    static Instant at(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? parse(value.asString()) : null;
    }

    /** The latest of the given times, ignoring nulls. */
    static Instant latest(Instant... times) {
        Instant latest = null;
        for (Instant time : times) {
            if (time != null && (latest == null || time.isAfter(latest))) {
                latest = time;
            }
        }
        return latest;
    }
}
