package io.devopstrack.jobs.redis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One consumer group of one stream, read the way both apps read theirs (tasks-worker the job queue, tasks-service
 * the external runs): the group starts at the beginning of the stream, and a read blocks only when asked to.
 */
public record StreamGroup(StringRedisTemplate redis, String stream, String group) {

    public String stream() {
        return stream;
    }

    /**
     * Creates the group at the start of the stream, so that entries added before it existed are delivered too, and
     * the stream if there is none yet; a group another process created first is fine.
     */
    public void ensure() {
        try {
            // XGROUP CREATE ... MKSTREAM, routed by the stream key (the raw command would not be, on a cluster)
            redis.opsForStream().createGroup(stream, ReadOffset.from("0"), group);
        } catch (RuntimeException e) {
            if (!messages(e).contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** New entries for this consumer; waits up to {@code block} for one when {@code block} is not zero. */
    public List<StreamEntry> read(String consumer, int count, Duration block) {
        StreamReadOptions options = StreamReadOptions.empty().count(count);
        if (!block.isZero()) {
            options = options.block(block);
        }
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .read(Consumer.from(group, consumer), options, StreamOffset.create(stream, ReadOffset.lastConsumed()));
        if (records == null) {
            return List.of();
        }
        List<StreamEntry> entries = new ArrayList<>();
        for (MapRecord<String, Object, Object> record : records) {
            Map<String, String> fields = new LinkedHashMap<>();
            record.getValue().forEach((name, value) -> fields.put(name.toString(), value.toString()));
            entries.add(new StreamEntry(record.getId().getValue(), fields));
        }
        return entries;
    }

    /**
     * Takes over, for this consumer, entries that no live consumer has touched for {@code minIdle} (XAUTOCLAIM, in
     * a script so that a cluster routes it by the stream key).
     */
    @SuppressWarnings("unchecked")
    public List<StreamEntry> reclaim(String consumer, Duration minIdle, int count) {
        List<String> flat = redis.execute(
                LuaScripts.AUTOCLAIM,
                List.of(stream),
                group,
                consumer,
                Long.toString(minIdle.toMillis()),
                Integer.toString(count));
        List<StreamEntry> entries = new ArrayList<>();
        int i = 0;
        while (i + 1 < flat.size()) {
            int strings = Integer.parseInt(flat.get(i + 1));
            Map<String, String> fields = new LinkedHashMap<>();
            for (int f = i + 2; f + 1 < i + 2 + strings; f += 2) {
                fields.put(flat.get(f), flat.get(f + 1));
            }
            entries.add(new StreamEntry(flat.get(i), fields));
            i += 2 + strings;
        }
        return entries;
    }

    /** Acknowledges and deletes handled entries: the stream holds only what is still to do. */
    public void done(List<String> ids) {
        String[] array = ids.toArray(String[]::new);
        redis.opsForStream().acknowledge(stream, group, array);
        redis.opsForStream().delete(stream, array);
    }

    /** The messages of an error and its causes: Redis names its errors (NOGROUP, BUSYGROUP) in one of them. */
    public static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
