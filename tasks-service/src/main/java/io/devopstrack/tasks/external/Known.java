package io.devopstrack.tasks.external;

import java.time.Instant;

/** What an event or a job knows, when either may not know it (null). */
final class Known {

    private Known() {}

    /** The first value that is known, or null. */
    @SafeVarargs
    static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The later of two times, either of which may be unknown. */
    static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
