package io.devopstrack.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A finished job or stage, one entry of {@code devopstrack:{jobs}:executions}: tasks-worker and tasks-service write
 * it ({@link #fields()}, through save-job.lua), metrics-service reads it ({@link #from}). {@code stage} is empty for
 * a job; {@code createdAt} is the job's creation (queue time = startedAt − createdAt). {@code createdAt},
 * {@code startedAt}, {@code pipeline} and {@code commit} may be absent from entries written before they existed:
 * null or empty then. {@code source} is the job's (simulated, github, gitlab, cdevents), {@value #SIMULATED} when
 * the entry has none.
 */
public record ExecutionEvent(
        String kind,
        String jobId,
        String projectId,
        String ref,
        long attempt,
        String stage,
        String status,
        Instant finishedAt,
        long durationMs,
        Instant createdAt,
        Instant startedAt,
        String pipeline,
        String commit,
        String source) {

    public static final String SIMULATED = "simulated";
    public static final String JOB = "job";
    public static final String STAGE = "stage";

    static final Set<String> KINDS = Set.of(JOB, STAGE);
    static final Set<String> STATUSES = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    public static ExecutionEvent from(Map<String, String> body) {
        EventFields fields = new EventFields(body);
        String kind = fields.oneOf("kind", KINDS);
        return new ExecutionEvent(
                kind,
                fields.text("jobId"),
                fields.text("projectId"),
                fields.optionalText("ref"),
                fields.number("attempt"),
                kind.equals(STAGE) ? fields.text("stage") : "",
                fields.oneOf("status", STATUSES),
                fields.instant("finishedAt"),
                fields.number("durationMs"),
                fields.optionalInstant("createdAt"),
                fields.optionalInstant("startedAt"),
                fields.optionalText("pipeline"),
                fields.optionalText("commit"),
                fields.optionalText("source").isBlank() ? SIMULATED : fields.optionalText("source"));
    }

    /** The stream entry, every field a string, in the order save-job.lua adds them. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", kind);
        fields.put("jobId", jobId);
        fields.put("projectId", projectId);
        fields.put("ref", EventFields.orEmpty(ref));
        fields.put("attempt", Long.toString(attempt));
        fields.put("stage", EventFields.orEmpty(stage));
        fields.put("status", status);
        fields.put("startedAt", EventFields.orEmpty(startedAt));
        fields.put("finishedAt", EventFields.orEmpty(finishedAt));
        fields.put("durationMs", Long.toString(durationMs));
        fields.put("createdAt", EventFields.orEmpty(createdAt));
        fields.put("pipeline", EventFields.orEmpty(pipeline));
        fields.put("commit", EventFields.orEmpty(commit));
        fields.put("source", EventFields.orEmpty(source));
        return fields;
    }

    public boolean isJob() {
        return kind.equals(JOB);
    }

    /** Time spent waiting in the queue, created → started; null when either is unknown. */
    public Long queueMs() {
        if (createdAt == null || startedAt == null) {
            return null;
        }
        return Math.max(0, startedAt.toEpochMilli() - createdAt.toEpochMilli());
    }
}
