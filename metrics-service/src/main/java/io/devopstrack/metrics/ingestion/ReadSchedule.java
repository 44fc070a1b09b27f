package io.devopstrack.metrics.ingestion;

import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ingestion thread reads next. It starts by replaying this consumer's own pending entries (read before a
 * restart, or before a failed write), page by page from id 0 until a page comes back empty; then it reads new
 * entries, and every {@code claimIdle} takes over the entries idle that long (a dead consumer's, or ours whose XACK
 * was lost). A write failure sends it back to replaying.
 */
final class ReadSchedule {

    enum Step {
        REPLAY,
        CLAIM,
        READ
    }

    private final List<String> streams;
    private final long claimIdleMillis;
    private final Map<String, String> replayCursors = new LinkedHashMap<>();
    private boolean replaying = true;
    private long nextClaimMillis;

    ReadSchedule(List<String> streams, Duration claimIdle, long nowMillis) {
        this.streams = streams;
        this.claimIdleMillis = claimIdle.toMillis();
        this.nextClaimMillis = nowMillis + claimIdleMillis;
    }

    Step next(long nowMillis) {
        if (replaying) {
            return Step.REPLAY;
        }
        return nowMillis >= nextClaimMillis ? Step.CLAIM : Step.READ;
    }

    /** For each stream, the id after which the next replay page starts. */
    Map<String, String> replayFrom() {
        if (replayCursors.isEmpty()) {
            streams.forEach(stream -> replayCursors.put(stream, "0"));
        }
        return Collections.unmodifiableMap(replayCursors);
    }

    /** A replay page was read: the next one starts after it, and an empty one ends the replay. */
    void replayed(List<StreamMessage<String, String>> page) {
        page.forEach(message -> replayCursors.put(message.getStream(), message.getId()));
        if (page.isEmpty()) {
            replayCursors.clear();
            replaying = false;
        }
    }

    void claimed(long nowMillis) {
        nextClaimMillis = nowMillis + claimIdleMillis;
    }

    /** InfluxDB answers again after a failed write: what was in flight is read again from the pending entries. */
    void replayPending() {
        replaying = true;
    }
}
