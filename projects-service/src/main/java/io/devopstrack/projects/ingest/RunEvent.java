package io.devopstrack.projects.ingest;

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
        implements NormalizedEvent {}
