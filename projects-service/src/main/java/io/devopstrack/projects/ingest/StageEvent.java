package io.devopstrack.projects.ingest;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.events.ExternalRunEvent.StageSubject;
import io.devopstrack.events.PipelineRun;
import io.devopstrack.events.Progress;

/**
 * One job of a run (a GitHub workflow job, a GitLab build, a CDEvents task run). Its progress's status is a job
 * status name or SKIPPED; {@code run} names the run as far as the event knows it (pipeline, ref and commit included), so
 * that a stage arriving before its run can still make the job.
 */
public record StageEvent(PipelineRun run, String stageId, String name, Progress progress, String externalUrl)
        implements NormalizedEvent {

    /** The entry tasks-service reads from the runs stream. */
    ExternalRunEvent entry(String projectId, String deliveryId) {
        return new ExternalRunEvent(run, projectId, deliveryId, progress, externalUrl, new StageSubject(stageId, name));
    }
}
