package io.devopstrack.metrics.support;

import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.events.IncidentEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stream entries with the fields of docs/contracts.md; deployments and incidents as projects-service writes them. */
public final class Events {

    private Events() {}

    public static Map<String, String> job(
            String jobId, String projectId, String status, String finishedAt, long durationMs) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("kind", "job");
        event.put("jobId", jobId);
        event.put("projectId", projectId);
        event.put("ref", "main");
        event.put("attempt", "1");
        event.put("stage", "");
        event.put("status", status);
        Instant finished = Instant.parse(finishedAt);
        event.put("startedAt", finished.minusMillis(durationMs).toString());
        event.put("finishedAt", finished.toString());
        event.put("durationMs", Long.toString(durationMs));
        return event;
    }

    public static Map<String, String> stage(
            String jobId, String projectId, String stage, String status, String finishedAt, long durationMs) {
        Map<String, String> event = job(jobId, projectId, status, finishedAt, durationMs);
        event.put("kind", "stage");
        event.put("stage", stage);
        return event;
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
        Instant started = Instant.parse(startedAt);
        Instant finished = Instant.parse(finishedAt);
        Map<String, String> event =
                job(jobId, projectId, status, finishedAt, finished.toEpochMilli() - started.toEpochMilli());
        event.put("attempt", Integer.toString(attempt));
        event.put("createdAt", createdAt);
        event.put("pipeline", pipeline);
        event.put("commit", commit);
        return event;
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
