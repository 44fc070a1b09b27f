package io.devopstrack.projects.ingest;

import io.devopstrack.events.ExternalRunEvent;
import java.time.Instant;

/**
 * One job of a run (a GitHub workflow job, a GitLab build, a CDEvents task run). {@code status} is a job status
 * name or SKIPPED; pipeline, ref and commit repeat what the event knows of its run, so that a stage arriving before
 * its run can still make the job.
 */
public record StageEvent(
        String source,
        String runExternalId,
        int attempt,
        String stageId,
        String name,
        String status,
        Instant startedAt,
        Instant finishedAt,
        String externalUrl,
        String pipeline,
        String ref,
        String commit,
        Instant updatedAt)
        implements NormalizedEvent {

    /** The entry tasks-service reads from the runs stream. */
    ExternalRunEvent entry(String projectId, String deliveryId) {
        return new ExternalRunEvent(
                ExternalRunEvent.Kind.STAGE,
                source,
                projectId,
                deliveryId,
                runExternalId,
                attempt,
                pipeline,
                ref,
                commit,
                status,
                startedAt,
                finishedAt,
                updatedAt,
                null,
                null,
                null,
                stageId,
                name,
                externalUrl);
    }
}
