package io.devopstrack.metrics.stats;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A bucket width a caller may ask for; buckets start at multiples of the width since the epoch (UTC).
 *
 * @param code the width as the query parameter and InfluxQL's {@code GROUP BY time(...)} write it
 */
public record BuildInterval(String code, Duration width) {

    static final BuildInterval DEFAULT = new BuildInterval("1h", Duration.ofHours(1));

    static final List<BuildInterval> ALL = List.of(
            new BuildInterval("1m", Duration.ofMinutes(1)),
            new BuildInterval("5m", Duration.ofMinutes(5)),
            new BuildInterval("15m", Duration.ofMinutes(15)),
            DEFAULT,
            new BuildInterval("6h", Duration.ofHours(6)),
            new BuildInterval("1d", Duration.ofDays(1)));

    static BuildInterval parse(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT;
        }
        return ALL.stream()
                .filter(interval -> interval.code.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidStatsQuery("interval", "must be one of " + codes()));
    }

    static String codes() {
        return ALL.stream().map(BuildInterval::code).collect(Collectors.joining(", "));
    }
}
