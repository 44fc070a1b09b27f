package io.devopstrack.projects.ingest;

import io.devopstrack.projects.hook.HookProperties;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StreamOperations;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Puts run and stage events on the Redis stream tasks-service reads (fields in docs/contracts.md). */
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
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("projectId", projectId);
        fields.put("deliveryId", deliveryId);
        if (event instanceof RunEvent run) {
            head(fields, "run", run.source(), run.externalId(), run.attempt(), run.pipeline(), run.ref(), run.commit());
            put(
                    fields,
                    "externalUrl",
                    run.externalUrl(),
                    "triggeredBy",
                    run.triggeredBy(),
                    "status",
                    run.status(),
                    "createdAt",
                    time(run.createdAt()),
                    "startedAt",
                    time(run.startedAt()),
                    "finishedAt",
                    time(run.finishedAt()),
                    "updatedAt",
                    time(run.updatedAt()));
        } else if (event instanceof StageEvent stage) {
            head(
                    fields,
                    "stage",
                    stage.source(),
                    stage.runExternalId(),
                    stage.attempt(),
                    stage.pipeline(),
                    stage.ref(),
                    stage.commit());
            put(
                    fields,
                    "stageId",
                    stage.stageId(),
                    "stage",
                    stage.name(),
                    "status",
                    stage.status(),
                    "startedAt",
                    time(stage.startedAt()),
                    "finishedAt",
                    time(stage.finishedAt()),
                    "stageUrl",
                    stage.externalUrl(),
                    "updatedAt",
                    time(stage.updatedAt()));
        } else {
            throw new IllegalArgumentException("not a run event: " + event);
        }
        return fields;
    }

    /** The fields a run and its stages name alike, first in both entries: which run of which pipeline. */
    private static void head(
            Map<String, String> fields,
            String kind,
            String source,
            String externalId,
            int attempt,
            String pipeline,
            String ref,
            String commit) {
        put(
                fields,
                "kind",
                kind,
                "source",
                source,
                "externalId",
                externalId,
                "attempt",
                Integer.toString(attempt),
                "pipeline",
                pipeline,
                "ref",
                ref,
                "commit",
                commit);
    }

    /** Empty strings for what the event does not know: every field is present, as in the other streams. */
    private static void put(Map<String, String> fields, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
