package io.devopstrack.jobs.redis;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one consumer of a {@link StreamGroup} reads next: when a reclaim is due (at most every quarter of
 * {@code reclaimIdle}), the entries that consumers which died left pending for longer than {@code reclaimIdle};
 * else new entries. Creates the group before the first read and again after Redis lost it. Used by one thread only.
 */
public final class GroupReader {

    /** The longest a read waits for a new entry. */
    public static final Duration BLOCK = Duration.ofSeconds(1);

    private static final Logger log = LoggerFactory.getLogger(GroupReader.class);

    private final StreamGroup group;
    private final String consumer;
    private final Duration reclaimIdle;
    private final long reclaimEveryMs;
    private final LongSupplier millis;
    private boolean groupReady;
    private boolean idle;
    private long nextReclaim = Long.MIN_VALUE;

    public GroupReader(StreamGroup group, String consumer, Duration reclaimIdle) {
        this(group, consumer, reclaimIdle, System::currentTimeMillis);
    }

    GroupReader(StreamGroup group, String consumer, Duration reclaimIdle, LongSupplier millis) {
        this.group = group;
        this.consumer = consumer;
        this.reclaimIdle = reclaimIdle;
        this.reclaimEveryMs = Math.max(100, reclaimIdle.toMillis() / 4);
        this.millis = millis;
    }

    /** Up to {@code count} entries for this consumer, possibly none. */
    public List<StreamEntry> next(int count) {
        if (!groupReady) {
            group.ensure();
            groupReady = true;
        }
        long now = millis.getAsLong();
        if (now >= nextReclaim) {
            // Set first: the next reclaim is due a period later even if this one fails.
            nextReclaim = now + reclaimEveryMs;
            List<StreamEntry> entries = group.reclaim(consumer, reclaimIdle, count);
            if (!entries.isEmpty()) {
                log.info(
                        "Consumer {} took over {} entries left pending in {}",
                        consumer,
                        entries.size(),
                        group.stream());
            }
            return entries;
        }
        // Block only when the stream looked empty: a blocking read holds a connection of its own.
        List<StreamEntry> entries = group.read(consumer, count, idle ? BLOCK : Duration.ZERO);
        idle = entries.isEmpty();
        return entries;
    }

    /** After a Redis error: a group found gone (Redis restarted empty) is created again before the next read. */
    public void failed(RuntimeException error) {
        if (StreamGroup.messages(error).contains("NOGROUP")) {
            groupReady = false;
        }
    }
}
