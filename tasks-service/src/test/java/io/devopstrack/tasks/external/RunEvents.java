package io.devopstrack.tasks.external;

import io.devopstrack.jobs.redis.RedisKeys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Run and stage events of one project with the fields of projects-service's RunPublisher (all strings). */
final class RunEvents {

    static final Instant T0 = Instant.parse("2026-11-25T16:20:00Z");

    private final String project;

    RunEvents(String project) {
        this.project = project;
    }

    static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }

    String jobId(String externalId, int attempt) {
        return RunMerge.jobId("github", project, externalId, attempt);
    }

    Map<String, String> run(String externalId, int attempt, String status, int minute) {
        Map<String, String> fields = base("run", externalId, attempt, status, minute);
        fields.put("externalUrl", "https://github.com/octo/app/actions/runs/" + externalId);
        fields.put("triggeredBy", "octocat");
        fields.put("createdAt", T0.toString());
        fields.put("startedAt", status.equals("QUEUED") ? "" : at(1).toString());
        fields.put(
                "finishedAt",
                List.of("SUCCEEDED", "FAILED", "CANCELLED").contains(status)
                        ? at(minute).toString()
                        : "");
        return fields;
    }

    Map<String, String> stage(String externalId, int attempt, String stageId, String name, String status, int minute) {
        Map<String, String> fields = base("stage", externalId, attempt, status, minute);
        fields.put("stageId", stageId);
        fields.put("stage", name);
        fields.put("stageUrl", "https://github.com/octo/app/actions/runs/" + externalId + "/job/" + stageId);
        fields.put("startedAt", status.equals("QUEUED") ? "" : at(2).toString());
        fields.put(
                "finishedAt",
                status.equals("SUCCEEDED") || status.equals("FAILED")
                        ? at(minute).toString()
                        : "");
        return fields;
    }

    /** The execution records of a job on the executions stream. */
    static List<Map<Object, Object>> records(StringRedisTemplate redis, RedisKeys keys, String jobId) {
        return redis.opsForStream().range(keys.executions(), Range.unbounded()).stream()
                .map(MapRecord::getValue)
                .filter(record -> jobId.equals(record.get("jobId")))
                .toList();
    }

    private Map<String, String> base(String kind, String externalId, int attempt, String status, int minute) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("projectId", project);
        fields.put("deliveryId", UUID.randomUUID().toString());
        fields.put("kind", kind);
        fields.put("source", "github");
        fields.put("externalId", externalId);
        fields.put("attempt", Integer.toString(attempt));
        fields.put("pipeline", "CI");
        fields.put("ref", "main");
        fields.put("commit", "acb5820ced9479c074f688cc328bf03f341a511d");
        fields.put("status", status);
        fields.put("updatedAt", at(minute).toString());
        return fields;
    }
}
