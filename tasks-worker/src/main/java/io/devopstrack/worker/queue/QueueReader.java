package io.devopstrack.worker.queue;

import io.devopstrack.jobs.redis.StreamGroup;
import java.time.Duration;
import java.util.List;

/**
 * The next entries for this consumer: reclaimed ones when a reclaim is due, else new ones. Creates the
 * consumer group before the first read and again after Redis lost it. Used by the consumer thread only.
 */
final class QueueReader {

    private static final Duration BLOCK = Duration.ofSeconds(1);

    private final JobQueue queue;
    private final String consumer;
    private final PendingReclaimer reclaimer;
    private boolean groupReady;
    private boolean idle;

    QueueReader(JobQueue queue, String consumer, PendingReclaimer reclaimer) {
        this.queue = queue;
        this.consumer = consumer;
        this.reclaimer = reclaimer;
    }

    List<JobQueue.Entry> next(int count) {
        if (!groupReady) {
            queue.ensureGroup();
            groupReady = true;
        }
        if (reclaimer.due()) {
            return reclaimer.reclaim(count);
        }
        // Block only when the queue looked empty: a blocking read needs its own connection.
        List<JobQueue.Entry> entries = queue.read(consumer, count, idle ? BLOCK : Duration.ZERO);
        idle = entries.isEmpty();
        return entries;
    }

    /** After a Redis error: a group found gone (Redis restarted empty) is created again before the next read. */
    void failed(RuntimeException error) {
        if (StreamGroup.messages(error).contains("NOGROUP")) {
            groupReady = false;
        }
    }
}
