package io.devopstrack.metrics.ingestion;

import io.devopstrack.events.EventFields;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A finished job or stage, as tasks-worker and tasks-service publish it on {@code devopstrack:{jobs}:executions}.
 * {@code createdAt}, {@code startedAt}, {@code pipeline} and {@code commit} may be absent (records written before
 * they existed): null or empty then. {@code source} is the job's (simulated, github, gitlab, cdevents),
 * {@value #SIMULATED} when the entry has none.
 */
record ExecutionEvent(
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

    static final String SIMULATED = "simulated";

    static final Set<String> KINDS = Set.of("job", "stage");
    static final Set<String> STATUSES = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    static ExecutionEvent from(Map<String, String> body) {
        EventFields fields = new EventFields(body);
        String kind = fields.oneOf("kind", KINDS);
        return new ExecutionEvent(
                kind,
                fields.text("jobId"),
                fields.text("projectId"),
                fields.optionalText("ref"),
                fields.number("attempt"),
                kind.equals("stage") ? fields.text("stage") : "",
                fields.oneOf("status", STATUSES),
                fields.instant("finishedAt"),
                fields.number("durationMs"),
                fields.optionalInstant("createdAt"),
                fields.optionalInstant("startedAt"),
                fields.optionalText("pipeline"),
                fields.optionalText("commit"),
                fields.optionalText("source").isBlank() ? SIMULATED : fields.optionalText("source"));
    }

    boolean isJob() {
        return kind.equals("job");
    }

    /** Time spent waiting in the queue, created → started; null when either is unknown. */
    Long queueMs() {
        if (createdAt == null || startedAt == null) {
            return null;
        }
        return Math.max(0, startedAt.toEpochMilli() - createdAt.toEpochMilli());
    }
}
