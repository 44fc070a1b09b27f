package io.devopstrack.tasks.external;

import io.devopstrack.jobs.redis.GroupReader;
import io.devopstrack.jobs.redis.RedisKeys;
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

    /**
     * What this consumer reads next: entries a consumer that died left pending for {@code reclaimIdle}, else new
     * ones. The group starts at the beginning of the stream: runs published before tasks-service first started count.
     */
    GroupReader reader(String consumer, Duration reclaimIdle) {
        return new GroupReader(group, consumer, reclaimIdle);
    }

    /** Acknowledges and deletes handled entries: the stream holds only what is still to do. */
    void done(List<String> ids) {
        group.done(ids);
    }
}
