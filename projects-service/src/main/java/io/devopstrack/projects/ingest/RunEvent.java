package io.devopstrack.projects.ingest;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.events.ExternalRunEvent.RunSubject;
import io.devopstrack.events.PipelineRun;
import io.devopstrack.events.Progress;
import java.time.Instant;

/**
 * A pipeline run's state as its system reports it; its progress's status is a job status name (QUEUED, RUNNING,
 * SUCCEEDED, FAILED, CANCELLED).
 */
public record RunEvent(PipelineRun run, String externalUrl, String triggeredBy, Instant createdAt, Progress progress)
        implements NormalizedEvent {

    /** The entry tasks-service reads from the runs stream. */
    ExternalRunEvent entry(String projectId, String deliveryId) {
        return new ExternalRunEvent(
                run, projectId, deliveryId, progress, externalUrl, new RunSubject(triggeredBy, createdAt));
    }
}
