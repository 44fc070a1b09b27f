package io.devopstrack.metrics.ingestion;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A finished job or stage, as tasks-worker publishes it on {@code devopstrack:{jobs}:executions}. */
record ExecutionEvent(String kind, String jobId, String projectId, String ref, long attempt, String stage,
                      String status, Instant finishedAt, long durationMs) {

    static final Set<String> KINDS = Set.of("job", "stage");
    static final Set<String> STATUSES = Set.of("SUCCEEDED", "FAILED", "CANCELLED");

    static ExecutionEvent from(Map<String, String> body) {
        EventFields fields = new EventFields(body);
        String kind = fields.oneOf("kind", KINDS);
        return new ExecutionEvent(kind, fields.text("jobId"), fields.text("projectId"), fields.optionalText("ref"),
                fields.number("attempt"), kind.equals("stage") ? fields.text("stage") : "",
                fields.oneOf("status", STATUSES), fields.instant("finishedAt"), fields.number("durationMs"));
    }

    boolean isJob() {
        return kind.equals("job");
    }
}
