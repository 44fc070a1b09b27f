package io.devopstrack.metrics.stats;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The bucket widths a caller may ask for; buckets start at multiples of the width since the epoch (UTC). */
public enum BuildInterval {
    ONE_MINUTE("1m", Duration.ofMinutes(1)),
    FIVE_MINUTES("5m", Duration.ofMinutes(5)),
    FIFTEEN_MINUTES("15m", Duration.ofMinutes(15)),
    ONE_HOUR("1h", Duration.ofHours(1)),
    SIX_HOURS("6h", Duration.ofHours(6)),
    ONE_DAY("1d", Duration.ofDays(1));

    static final BuildInterval DEFAULT = ONE_HOUR;

    private final String code;
    private final Duration width;

    BuildInterval(String code, Duration width) {
        this.code = code;
        this.width = width;
    }

    public String code() {
        return code;
    }

    public Duration width() {
        return width;
    }

    static BuildInterval parse(String value) {
        if (value == null || value.isEmpty()) {
            return DEFAULT;
        }
        return Arrays.stream(values())
                .filter(i -> i.code.equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidStatsQuery("interval", "must be one of " + codes()));
    }

    static String codes() {
        return Arrays.stream(values()).map(BuildInterval::code).collect(Collectors.joining(", "));
    }
}
