package io.devopstrack.tasks.external;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.jobs.redis.StreamEntry;
import io.devopstrack.jobs.redis.StreamGroup;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The consumer side of {@code devopstrack:external-runs} (group {@code tasks-service}). */
@Component
public class ExternalRunsStream {

    private final StreamGroup group;

    public ExternalRunsStream(StringRedisTemplate redis, RedisKeys keys, ExternalRunsProperties properties) {
        String key = properties.stream() == null || properties.stream().isBlank()
                ? keys.externalRuns()
                : properties.stream();
        this.group = new StreamGroup(redis, key, RedisKeys.EXTERNAL_RUNS_GROUP);
    }

    String key() {
        return group.stream();
    }

    /** Creates the group from the start of the stream: runs published before tasks-service first started count too. */
    void ensureGroup() {
        group.ensure();
    }

    /** New entries for this consumer; waits up to {@code block} for one when {@code block} is not zero. */
    List<StreamEntry> read(String consumer, int count, Duration block) {
        return group.read(consumer, count, block);
    }

    /** Takes over entries that no live consumer has touched for {@code minIdle}. */
    List<StreamEntry> reclaim(String consumer, Duration minIdle, int count) {
        return group.reclaim(consumer, minIdle, count);
    }

    /** Acknowledges and deletes handled entries: the stream holds only what is still to do. */
    void done(List<String> ids) {
        group.done(ids);
    }
}
