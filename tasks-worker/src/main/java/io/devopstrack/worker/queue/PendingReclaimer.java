package io.devopstrack.worker.queue;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes over queue entries that dead workers left pending (idle longer than {@code reclaim-idle-ms}), at most
 * every quarter of that time. Used by the consumer thread only.
 */
final class PendingReclaimer {

    private static final Logger log = LoggerFactory.getLogger(PendingReclaimer.class);

    private final JobQueue queue;
    private final String consumer;
    private final Duration minIdle;
    private final long everyMs;
    private final LongSupplier millis;
    private long last;

    PendingReclaimer(JobQueue queue, String consumer, Duration minIdle, LongSupplier millis) {
        this.queue = queue;
        this.consumer = consumer;
        this.minIdle = minIdle;
        this.everyMs = Math.max(100, minIdle.toMillis() / 4);
        this.millis = millis;
    }

    boolean due() {
        return millis.getAsLong() - last >= everyMs;
    }

    /** Up to {@code count} entries taken over for this consumer; the next reclaim is due a period later, even if this one fails. */
    List<JobQueue.Entry> reclaim(int count) {
        last = millis.getAsLong();
        List<JobQueue.Entry> entries = queue.reclaim(consumer, minIdle, count);
        if (!entries.isEmpty()) {
            log.info("Reclaimed {} pending job(s) from dead workers", entries.size());
        }
        return entries;
    }
}
