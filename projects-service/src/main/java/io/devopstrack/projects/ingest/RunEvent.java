package io.devopstrack.projects.ingest;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.events.PipelineRun;
import java.time.Instant;

/**
 * A pipeline run's state as its system reports it. {@code status} is a job status name (QUEUED, RUNNING,
 * SUCCEEDED, FAILED, CANCELLED); {@code updatedAt} is the source's own time of this state, used for ordering.
 */
public record RunEvent(
        PipelineRun run,
        String externalUrl,
        String triggeredBy,
        String status,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant updatedAt)
        implements NormalizedEvent {

    /** The entry tasks-service reads from the runs stream. */
    ExternalRunEvent entry(String projectId, String deliveryId) {
        return ExternalRunEvent.ofRun(
                run,
                projectId,
                deliveryId,
                status,
                triggeredBy,
                createdAt,
                startedAt,
                finishedAt,
                updatedAt,
                externalUrl);
    }
}
