package io.devopstrack.tasks.job;

import java.time.Duration;
import java.time.Instant;

/** One entry (written here only for a job cancelled before it started; the worker writes the others) of the {@code devopstrack:executions} stream; every field is a string on the wire. */
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
