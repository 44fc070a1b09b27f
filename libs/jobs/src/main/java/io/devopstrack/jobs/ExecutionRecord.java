package io.devopstrack.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry of the {@code devopstrack:{jobs}:executions} stream, for metrics-service; every field is a string on the
 * wire. tasks-worker writes one per finished stage and job; tasks-service for a job cancelled before it started and
 * for the stages and jobs of external runs. {@code createdAt} is the job's creation (queue time = startedAt −
 * createdAt); {@code pipeline} and {@code commit} say what ran: an external run has both, a simulated job has no
 * pipeline definition or commit sha, so it is pipeline {@value #SIMULATED} and its commit is the ref it ran (a retry
 * runs the same ref, which is what flaky-run detection compares). {@code source} is the job's ({@code simulated},
 * {@code github}, ...).
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
        String createdAt,
        String pipeline,
        String commit,
        String source) {

    public static final String SIMULATED = Job.SIMULATED;

    public static ExecutionRecord ofStage(Job job, Stage stage) {
        return of("stage", job, stage.name(), stage.status().name(), stage.startedAt(), stage.finishedAt());
    }

    public static ExecutionRecord ofJob(Job job) {
        return of("job", job, "", job.status().name(), job.startedAt(), job.finishedAt());
    }

    private static ExecutionRecord of(String kind, Job job, String stage, String status, Instant start, Instant end) {
        Instant started = start == null ? end : start;
        return new ExecutionRecord(
                kind,
                job.id(),
                job.projectId(),
                job.ref() == null ? "" : job.ref(),
                Integer.toString(job.attempt()),
                stage,
                status,
                started.toString(),
                end.toString(),
                Long.toString(Duration.between(started, end).toMillis()),
                job.createdAt() == null ? "" : job.createdAt().toString(),
                blank(job.pipeline()) ? SIMULATED : job.pipeline(),
                blank(job.commit()) ? (job.ref() == null ? "" : job.ref()) : job.commit(),
                job.source());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
