package io.devopstrack.metrics.support;

import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.events.IncidentEvent;
import java.time.Instant;
import java.util.Map;

/** Stream entries with the fields of docs/contracts.md; deployments and incidents as projects-service writes them. */
public final class Events {

    private Events() {}

    public static Map<String, String> job(
            String jobId, String projectId, String status, String finishedAt, long durationMs) {
        Instant finished = Instant.parse(finishedAt);
        return execution(
                ExecutionEvent.JOB, jobId, projectId, "", 1, status, null, finished.minusMillis(durationMs), finished);
    }

    public static Map<String, String> stage(
            String jobId, String projectId, String stage, String status, String finishedAt, long durationMs) {
        Instant finished = Instant.parse(finishedAt);
        return execution(
                ExecutionEvent.STAGE,
                jobId,
                projectId,
                stage,
                1,
                status,
                null,
                finished.minusMillis(durationMs),
                finished);
    }

    public static Map<String, String> deployment(
            String deploymentId,
            String projectId,
            String environment,
            String status,
            String committedAt,
            String deployedAt) {
        return new DeploymentEvent(
                        deploymentId,
                        projectId,
                        "1.0." + Math.abs(deploymentId.hashCode() % 100),
                        "c0ffee" + deploymentId,
                        Instant.parse(committedAt),
                        environment,
                        status,
                        Instant.parse(deployedAt),
                        null)
                .fields();
    }

    /** A job run with what queue time and flaky-run detection read: creation time, pipeline, commit, attempt. */
    public static Map<String, String> run(
            String jobId,
            String projectId,
            String pipeline,
            String commit,
            int attempt,
            String status,
            String createdAt,
            String startedAt,
            String finishedAt) {
        Map<String, String> event = execution(
                ExecutionEvent.JOB,
                jobId,
                projectId,
                "",
                attempt,
                status,
                Instant.parse(createdAt),
                Instant.parse(startedAt),
                Instant.parse(finishedAt));
        event.put("pipeline", pipeline);
        event.put("commit", commit);
        return event;
    }

    /** A job's or stage's execution record on ref main, as tasks-service and tasks-worker write it. */
    private static Map<String, String> execution(
            String kind,
            String jobId,
            String projectId,
            String stage,
            int attempt,
            String status,
            Instant createdAt,
            Instant startedAt,
            Instant finishedAt) {
        long durationMs = finishedAt.toEpochMilli() - startedAt.toEpochMilli();
        return new ExecutionEvent(
                        kind,
                        jobId,
                        projectId,
                        "main",
                        attempt,
                        stage,
                        status,
                        finishedAt,
                        durationMs,
                        createdAt,
                        startedAt,
                        "",
                        "",
                        "")
                .fields();
    }

    /** One revision of an incident; {@code resolvedAt}, {@code deploymentId} and {@code linkedBy} may be empty. */
    public static Map<String, String> incident(
            String incidentId,
            String projectId,
            String environment,
            long revision,
            String detectedAt,
            String resolvedAt,
            String deploymentId,
            String linkedBy) {
        return new IncidentEvent(
                        incidentId,
                        projectId,
                        environment,
                        "Incident " + incidentId,
                        resolvedAt.isEmpty() ? "OPEN" : "RESOLVED",
                        Instant.parse(detectedAt),
                        resolvedAt.isEmpty() ? null : Instant.parse(resolvedAt),
                        deploymentId,
                        linkedBy,
                        "manual",
                        "",
                        revision)
                .fields();
    }
}
