package io.devopstrack.projects.ingest;

import io.devopstrack.events.ExternalRunEvent;
import java.time.Instant;

/**
 * A pipeline run's state as its system reports it. {@code status} is a job status name (QUEUED, RUNNING,
 * SUCCEEDED, FAILED, CANCELLED); {@code updatedAt} is the source's own time of this state, used for ordering.
 */
public record RunEvent(
        String source,
        String externalId,
        int attempt,
        String pipeline,
        String ref,
        String commit,
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
        return new ExternalRunEvent(
                ExternalRunEvent.Kind.RUN,
                source,
                projectId,
                deliveryId,
                externalId,
                attempt,
                pipeline,
                ref,
                commit,
                status,
                startedAt,
                finishedAt,
                updatedAt,
                externalUrl,
                triggeredBy,
                createdAt,
                null,
                null,
                null);
    }
}
