package io.devopstrack.projects.ingest;

import io.devopstrack.projects.hook.HookProperties;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StreamOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Puts run and stage events on the Redis stream tasks-service reads (libs/events {@code ExternalRunEvent}). */
@Component
public record RunPublisher(StringRedisTemplate redis, HookProperties properties) {

    /** Appends these entries (from {@link #entry}) in one pipelined round trip to Redis, in their order. */
    public void publish(List<Map<String, String>> entries) {
        if (entries.isEmpty()) {
            return;
        }
        redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> Object execute(RedisOperations<K, V> operations) {
                var streams = (StreamOperations<String, String, String>)
                        (StreamOperations<?, ?, ?>) operations.opsForStream();
                for (Map<String, String> fields : entries) {
                    streams.add(StreamRecords.string(fields).withStreamKey(properties.runsStream()));
                }
                return null;
            }
        });
    }

    /** The stream entry of a run or stage event of a delivery. */
    public static Map<String, String> entry(String projectId, String deliveryId, NormalizedEvent event) {
        if (event instanceof RunEvent run) {
            return run.entry(projectId, deliveryId).fields();
        }
        if (event instanceof StageEvent stage) {
            return stage.entry(projectId, deliveryId).fields();
        }
        throw new IllegalArgumentException("not a run event: " + event);
    }
}
