package io.devopstrack.metrics.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.Limit;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.RecordId;
import org.springframework.data.redis.connection.stream.StreamInfo;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** Publishes events the way tasks-worker and projects-service do, and tells when the group has stored them all. */
public record Streams(StringRedisTemplate redis, String group) {

    private static final RedisScript<Long> PUBLISH_TO_DEAD_CONSUMER = RedisScript.of("""
            redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
            redis.call('XREADGROUP', 'GROUP', ARGV[1], 'dead-consumer', 'COUNT', 1, 'STREAMS', KEYS[1], '>')
            return 1""", Long.class);

    public RecordId publish(String stream, Map<String, String> event) {
        return redis.opsForStream().add(MapRecord.create(stream, event));
    }

    /**
     * Publishes an entry and, in the same step, delivers it to another consumer of the group that will never
     * acknowledge it: the entry a crashed instance leaves pending. A script rather than MULTI/EXEC, which a Redis
     * Cluster connection does not support.
     */
    public void publishToADeadConsumer(String stream, Map<String, String> event) {
        List<String> arguments = new ArrayList<>(List.of(group));
        event.forEach((field, value) -> {
            arguments.add(field);
            arguments.add(value);
        });
        redis.execute(PUBLISH_TO_DEAD_CONSUMER, List.of(stream), arguments.toArray());
    }

    /** Undelivered plus unacknowledged entries of the group (0 when the stream or group does not exist). */
    public long backlog(String stream) {
        if (!Boolean.TRUE.equals(redis.hasKey(stream))) {
            return 0;
        }
        StreamInfo.XInfoGroup info = redis.opsForStream().groups(stream).stream()
                .filter(g -> g.groupName().equals(group))
                .findFirst()
                .orElse(null);
        List<MapRecord<String, Object, Object>> newer = redis.opsForStream()
                .range(
                        stream,
                        Range.rightUnbounded(Range.Bound.exclusive(info == null ? "0-0" : info.lastDeliveredId())),
                        Limit.limit().count(1_000_000));
        return (info == null ? 0 : info.pendingCount()) + newer.size();
    }

    public void awaitStored(String... streams) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> java.util.Arrays.stream(streams)
                                .mapToLong(this::backlog)
                                .sum()
                        == 0);
    }

    /** Empties a stream but keeps it and its consumer group, as the running consumer expects. */
    public void clear(String stream) {
        if (Boolean.TRUE.equals(redis.hasKey(stream))) {
            redis.opsForStream().trim(stream, 0);
        }
    }
}
