package io.devopstrack.jobs;

import io.devopstrack.events.ExecutionEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The execution records of a job for metrics-service (libs/events {@link ExecutionEvent}): tasks-worker writes one
 * per finished stage and job; tasks-service for a job cancelled before it started and for the stages and jobs of
 * external runs. {@code pipeline} and {@code commit} say what ran: an external run has both, a simulated job has no
 * pipeline definition or commit sha, so it is pipeline {@value Job#SIMULATED} and its commit is the ref it ran (a
 * retry runs the same ref, which is what flaky-run detection compares).
 */
public final class ExecutionRecords {

    private ExecutionRecords() {}

    public static ExecutionEvent ofStage(Job job, Stage stage) {
        return of(
                ExecutionEvent.STAGE, job, stage.name(), stage.status().name(), stage.startedAt(), stage.finishedAt());
    }

    public static ExecutionEvent ofJob(Job job) {
        return of(ExecutionEvent.JOB, job, "", job.status().name(), job.startedAt(), job.finishedAt());
    }

    /** What save-job.lua adds to the stream: each record's fields, all strings (a JSON array of objects). */
    public static List<Map<String, String>> entries(List<ExecutionEvent> records) {
        return records.stream().map(ExecutionEvent::fields).toList();
    }

    /** A record that never started (cancelled while queued) started when it ended: it took no time. */
    private static ExecutionEvent of(String kind, Job job, String stage, String status, Instant start, Instant end) {
        Instant started = start == null ? end : start;
        String ref = job.ref() == null ? "" : job.ref();
        return new ExecutionEvent(
                kind,
                job.id(),
                job.projectId(),
                ref,
                job.attempt(),
                stage,
                status,
                end,
                Duration.between(started, end).toMillis(),
                job.createdAt(),
                started,
                blank(job.pipeline()) ? Job.SIMULATED : job.pipeline(),
                blank(job.commit()) ? ref : job.commit(),
                job.source());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
