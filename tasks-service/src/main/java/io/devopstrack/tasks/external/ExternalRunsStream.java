package io.devopstrack.tasks.external;

import io.devopstrack.jobs.redis.LuaScripts;
import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.jobs.redis.StreamGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The consumer side of {@code devopstrack:external-runs} (group {@code tasks-service}). */
@Component
public class ExternalRunsStream {

    private final StringRedisTemplate redis;
    private final StreamGroup group;

    public ExternalRunsStream(StringRedisTemplate redis, RedisKeys keys, ExternalRunsProperties properties) {
        this.redis = redis;
        String key = properties.stream() == null || properties.stream().isBlank()
                ? keys.externalRuns()
                : properties.stream();
        this.group = new StreamGroup(redis, key, RedisKeys.EXTERNAL_RUNS_GROUP);
    }

    /** An entry: its stream id and fields (empty when it was deleted while pending). */
    record Entry(String id, Map<String, String> fields) {}

    String key() {
        return group.stream();
    }

    /** Creates the group from the start of the stream: runs published before tasks-service first started count too. */
    void ensureGroup() {
        group.ensure();
    }

    /** New entries for this consumer; waits up to {@code block} for one when {@code block} is not zero. */
    List<Entry> read(String consumer, int count, Duration block) {
        List<Entry> entries = new ArrayList<>();
        for (MapRecord<String, Object, Object> record : group.read(consumer, count, block)) {
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
                List.of(group.stream()),
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
        group.done(ids);
    }
}
