package io.devopstrack.worker.job;

import java.time.Duration;
import java.time.Instant;

/** One entry of the {@code devopstrack:executions} stream; every field is a string on the wire. */
public record ExecutionRecord(
        String kind,
        String jobId,
        String projectId,
        String ref,
        String attempt,
        String stage,
        String status,
        String startedAt,
        String finishedAt,
        String durationMs) {

    static ExecutionRecord ofStage(Job job, Stage stage) {
        return of("stage", job, stage.name(), stage.status().name(), stage.startedAt(), stage.finishedAt());
    }

    static ExecutionRecord ofJob(Job job) {
        return of("job", job, "", job.status().name(), job.startedAt(), job.finishedAt());
    }

    private static ExecutionRecord of(String kind, Job job, String stage, String status, Instant start, Instant end) {
        Instant started = start == null ? end : start;
        return new ExecutionRecord(kind, job.id(), job.projectId(), job.ref(), Integer.toString(job.attempt()),
                stage, status, started.toString(), end.toString(),
                Long.toString(Duration.between(started, end).toMillis()));
    }
}
