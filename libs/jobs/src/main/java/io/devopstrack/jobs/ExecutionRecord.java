package io.devopstrack.jobs;

import java.time.Duration;
import java.time.Instant;

/**
 * One entry of the {@code devopstrack:{jobs}:executions} stream, for metrics-service; every field is a string on the
 * wire. tasks-worker writes one per finished stage and job; tasks-service only for a job cancelled before it started.
 * {@code createdAt} is the job's creation (queue time = startedAt − createdAt); {@code pipeline} and {@code commit}
 * say what ran: a simulated job has no pipeline definition or commit sha, so it is pipeline {@value #SIMULATED}
 * and its commit is the ref it ran (a retry runs the same ref, which is what flaky-run detection compares).
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
        String commit) {

    public static final String SIMULATED = "simulated";

    public static ExecutionRecord ofStage(Job job, Stage stage) {
        return of("stage", job, stage.name(), stage.status().name(), stage.startedAt(), stage.finishedAt());
    }

    public static ExecutionRecord ofJob(Job job) {
        return of("job", job, "", job.status().name(), job.startedAt(), job.finishedAt());
    }

    private static ExecutionRecord of(String kind, Job job, String stage, String status, Instant start, Instant end) {
        Instant started = start == null ? end : start;
        return new ExecutionRecord(kind, job.id(), job.projectId(), job.ref(), Integer.toString(job.attempt()),
                stage, status, started.toString(), end.toString(),
                Long.toString(Duration.between(started, end).toMillis()),
                job.createdAt() == null ? "" : job.createdAt().toString(), SIMULATED, job.ref());
    }
}
