package io.devopstrack.tasks.external;

import io.devopstrack.events.Progress;
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

    /** {@code known}, else for a run or stage that runs the report's own time, else now. */
    static Instant started(Instant known, boolean running, Progress progress, Instant now) {
        return known == null && running ? first(progress.updatedAt(), now) : known;
    }

    /** For a finished run or stage its reported end, else the report's own time, else now; null otherwise. */
    static Instant finished(boolean finished, Progress progress, Instant now) {
        return finished ? first(progress.finishedAt(), progress.updatedAt(), now) : null;
    }

    /** The later of two times, either of which may be unknown. */
    static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
