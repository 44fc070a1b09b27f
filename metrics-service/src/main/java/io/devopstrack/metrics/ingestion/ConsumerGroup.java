package io.devopstrack.metrics.ingestion;

import io.lettuce.core.RedisBusyException;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The consumer group's bookkeeping, through Spring Data Redis: creating it, and what it has not stored yet. */
record ConsumerGroup(StringRedisTemplate redis, String group) {

    /** Creates the group at the start of the stream (history is ingested) and the stream itself if needed. */
    void ensure(String stream) {
        try {
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group); // with MKSTREAM
        } catch (DataAccessException e) {
            if (!(e.getMostSpecificCause() instanceof RedisBusyException)) {
                throw e;
            }
            // BUSYGROUP: another instance, or an earlier start, created it.
        }
    }

    /** Undelivered plus unacknowledged entries, and the id of the oldest of them (null when there is none). */
    Backlog backlog(String stream) {
        StreamInfo.XInfoGroup info = redis.opsForStream().groups(stream).stream()
                .filter(candidate -> group.equals(candidate.groupName()))
                .findFirst()
                .orElse(null);
        if (info == null) {
            return new Backlog(0, null);
        }
        long pending = info.pendingCount() == null ? 0 : info.pendingCount();
        long lag = lag(info);
        String oldest = null;
        if (pending > 0) {
            oldest = redis.opsForStream().pending(stream, group).minMessageId();
        } else if (lag > 0) {
            List<MapRecord<String, Object, Object>> next = redis.opsForStream()
                    .range(
                            stream,
                            Range.rightUnbounded(Range.Bound.exclusive(info.lastDeliveredId())),
                            Limit.limit().count(1));
            oldest = next.isEmpty() ? null : next.get(0).getId().getValue();
            if (next.isEmpty()) {
                lag = 0; // Redis estimates the lag after a trim; nothing after the last delivered id means none
            }
        }
        return new Backlog(lag + pending, oldest);
    }

    /** Redis 7's {@code lag} (entries not yet delivered to the group), which XInfoGroup has no accessor for. */
    private static long lag(StreamInfo.XInfoGroup info) {
        return info.getRaw().get("lag") instanceof Number lag ? lag.longValue() : 0;
    }

    record Backlog(long events, String oldestId) {}
}
