package io.devopstrack.tasks.external;

import io.devopstrack.jobs.redis.LuaScripts;
import io.devopstrack.jobs.redis.RedisKeys;
import java.nio.charset.StandardCharsets;
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
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The consumer side of {@code devopstrack:external-runs} (group {@code tasks-service}). */
@Component
public class ExternalRunsStream {

    private final StringRedisTemplate redis;
    private final String key;

    public ExternalRunsStream(StringRedisTemplate redis, RedisKeys keys, ExternalRunsProperties properties) {
        this.redis = redis;
        this.key = properties.stream() == null || properties.stream().isBlank()
                ? keys.externalRuns()
                : properties.stream();
    }

    /** An entry: its stream id and fields (empty when it was deleted while pending). */
    record Entry(String id, Map<String, String> fields) {}

    String key() {
        return key;
    }

    /** Creates the group from the start of the stream: runs published before tasks-service first started count too. */
    void ensureGroup() {
        try {
            redis.execute((RedisCallback<Object>) connection -> connection.execute(
                    "XGROUP",
                    bytes("CREATE"),
                    bytes(key),
                    bytes(RedisKeys.EXTERNAL_RUNS_GROUP),
                    bytes("0"),
                    bytes("MKSTREAM")));
        } catch (RuntimeException e) {
            if (!messages(e).contains("BUSYGROUP")) {
                throw e;
            }
        }
    }

    /** New entries for this consumer; waits up to {@code block} for one when {@code block} is not zero. */
    List<Entry> read(String consumer, int count, Duration block) {
        StreamReadOptions options = StreamReadOptions.empty().count(count);
        if (!block.isZero()) {
            options = options.block(block);
        }
        List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                .read(
                        Consumer.from(RedisKeys.EXTERNAL_RUNS_GROUP, consumer),
                        options,
                        StreamOffset.create(key, ReadOffset.lastConsumed()));
        List<Entry> entries = new ArrayList<>();
        for (MapRecord<String, Object, Object> record :
                records == null ? List.<MapRecord<String, Object, Object>>of() : records) {
            Map<String, String> fields = new LinkedHashMap<>();
            record.getValue().forEach((name, value) -> fields.put(name.toString(), value.toString()));
            entries.add(new Entry(record.getId().getValue(), fields));
        }
        return entries;
    }

    /** Takes over entries that no live consumer has touched for {@code minIdle} (XAUTOCLAIM). */
    List<Entry> reclaim(String consumer, Duration minIdle, int count) {
        List<?> flat = redis.execute(
                LuaScripts.AUTOCLAIM_ENTRIES,
                List.of(key),
                RedisKeys.EXTERNAL_RUNS_GROUP,
                consumer,
                Long.toString(minIdle.toMillis()),
                Integer.toString(count));
        List<Entry> entries = new ArrayList<>();
        int i = 0;
        while (i + 1 < flat.size()) {
            String id = (String) flat.get(i);
            int strings = Integer.parseInt((String) flat.get(i + 1));
            Map<String, String> fields = new LinkedHashMap<>();
            for (int f = i + 2; f + 1 < i + 2 + strings; f += 2) {
                fields.put((String) flat.get(f), (String) flat.get(f + 1));
            }
            entries.add(new Entry(id, fields));
            i += 2 + strings;
        }
        return entries;
    }

    /** Acknowledges and deletes handled entries: the stream holds only what is still to do. */
    void done(List<String> ids) {
        String[] array = ids.toArray(String[]::new);
        redis.opsForStream().acknowledge(key, RedisKeys.EXTERNAL_RUNS_GROUP, array);
        redis.opsForStream().delete(key, array);
    }

    static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
