package io.devopstrack.metrics.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import io.devopstrack.metrics.influx.InfluxQL;

/**
 * What every statistics endpoint filters on: an optional project and the half-open range [from, to) at millisecond
 * precision. Defaults: {@code to} = now, {@code from} = {@code to} − 7 days; at most 366 days.
 */
public record StatsFilter(String projectId, Instant from, Instant to) {

    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    static final Duration MAX_RANGE = Duration.ofDays(366);
    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    public static StatsFilter parse(String projectId, String from, String to, Clock clock) {
        if (projectId != null && !projectId.isEmpty() && !PROJECT_ID.matcher(projectId).matches()) {
            throw new InvalidStatsQuery("projectId", "must be 1 to 100 letters, digits or . _ : -");
        }
        Instant end = to == null || to.isEmpty() ? clock.instant() : instant("to", to);
        Instant start = from == null || from.isEmpty() ? end.minus(DEFAULT_RANGE) : instant("from", from);
        end = end.truncatedTo(ChronoUnit.MILLIS);
        start = start.truncatedTo(ChronoUnit.MILLIS);
        if (!start.isBefore(end)) {
            throw new InvalidStatsQuery("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new InvalidStatsQuery("from", "the range from..to must not exceed 366 days");
        }
        return new StatsFilter(projectId == null || projectId.isEmpty() ? null : projectId, start, end);
    }

    private static Instant instant(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidStatsQuery(parameter, "must be an ISO-8601 UTC instant such as 2025-01-31T00:00:00Z");
        }
    }

    public Duration range() {
        return Duration.between(from, to);
    }

    /** The InfluxQL WHERE conditions for this filter. */
    String where() {
        String where = "time >= " + InfluxQL.time(from) + " AND time < " + InfluxQL.time(to);
        return projectId == null ? where : where + " AND \"project\" = " + InfluxQL.literal(projectId);
    }
}
