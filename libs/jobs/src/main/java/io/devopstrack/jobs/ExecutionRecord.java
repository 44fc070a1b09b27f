package io.devopstrack.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry of the {@code devopstrack:executions} stream, for metrics-service; every field is a string on the
 * wire. tasks-worker writes one per finished stage and job; tasks-service for a job cancelled before it started and
 * for the stages and jobs of external runs. {@code source} is the job's ({@code simulated}, {@code github}, ...).
 */
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
        String durationMs,
        String source) {

    public static ExecutionRecord ofStage(Job job, Stage stage) {
        return of("stage", job, stage.name(), stage.status().name(), stage.startedAt(), stage.finishedAt());
    }

    public static ExecutionRecord ofJob(Job job) {
        return of("job", job, "", job.status().name(), job.startedAt(), job.finishedAt());
    }

    private static ExecutionRecord of(String kind, Job job, String stage, String status, Instant start, Instant end) {
        Instant started = start == null ? end : start;
        return new ExecutionRecord(kind, job.id(), job.projectId(), job.ref() == null ? "" : job.ref(), Integer.toString(job.attempt()),
                stage, status, started.toString(), end.toString(),
                Long.toString(Duration.between(started, end).toMillis()), job.source());
    }
}
