package io.devopstrack.metrics.stats;

import io.devopstrack.metrics.influx.InfluxQL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What every statistics endpoint filters on: an optional project, an optional tag (the projects carrying it, learnt
 * from projects-service; {@code tagProjects} is null without a tag), and the half-open range [from, to) at
 * millisecond precision. Defaults: {@code to} = now, {@code from} = {@code to} − 7 days; at most 366 days.
 * A project and a tag together select their intersection.
 */
public record StatsFilter(String projectId, String tag, Set<String> tagProjects, Instant from, Instant to) {

    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    static final Duration MAX_RANGE = Duration.ofDays(366);
    private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    // projects-service's tag rule (Tags.PATTERN, at most 40 characters)
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    public static StatsFilter parse(String projectId, String from, String to, Clock clock) {
        return parse(projectId, null, from, to, clock);
    }

    /** Checks the parameters; the tag's projects are filled in afterwards with {@link #withTagProjects}. */
    public static StatsFilter parse(String projectId, String tag, String from, String to, Clock clock) {
        if (projectId != null
                && !projectId.isEmpty()
                && !PROJECT_ID.matcher(projectId).matches()) {
            throw new InvalidStatsQuery("projectId", "must be 1 to 100 letters, digits or . _ : -");
        }
        if (tag != null && !tag.isEmpty() && !TAG.matcher(tag).matches()) {
            throw new InvalidStatsQuery(
                    "tag", "must be 1 to 40 letters, digits or . _ -, starting with a letter or digit");
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
        return new StatsFilter(blankToNull(projectId), blankToNull(tag), null, start, end);
    }

    StatsFilter withTagProjects(Set<String> projects) {
        return new StatsFilter(projectId, tag, Set.copyOf(projects), from, to);
    }

    private static Instant instant(String parameter, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidStatsQuery(parameter, "must be an ISO-8601 UTC instant such as 2025-01-31T00:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    public Duration range() {
        return Duration.between(from, to);
    }

    /** The InfluxQL WHERE conditions for this filter. */
    String where() {
        return where(from, to);
    }

    /** The same project conditions over another time range. */
    String where(Instant start, Instant end) {
        String where = "time >= " + InfluxQL.time(start) + " AND time < " + InfluxQL.time(end);
        String projects = projectCondition();
        return projects.isEmpty() ? where : where + " AND " + projects;
    }

    /** Empty for all projects; a condition that matches nothing when the tag and project leave none. */
    private String projectCondition() {
        if (tagProjects == null) {
            return projectId == null ? "" : "\"project\" = " + InfluxQL.literal(projectId);
        }
        Set<String> projects = new TreeSet<>(tagProjects);
        if (projectId != null) {
            projects.retainAll(Set.of(projectId));
        }
        if (projects.isEmpty()) {
            return "\"project\" = '' AND \"project\" != ''";
        }
        return projects.stream()
                .map(p -> "\"project\" = " + InfluxQL.literal(p))
                .collect(Collectors.joining(" OR ", "(", ")"));
    }
}
