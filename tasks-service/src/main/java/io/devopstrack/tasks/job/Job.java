package io.devopstrack.tasks.job;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pipeline run, as stored at {@code devopstrack:job:{id}} and returned by the API (tasks-worker keeps
 * the same record). {@code version} is the compare-and-set counter of every write; {@code updatedAt} is
 * the time of the last change; {@code cancelRequested} asks a running job to stop at its next stage boundary.
 */
public record Job(
        String id,
        String projectId,
        String ref,
        JobStatus status,
        int attempt,
        String retryOf,
        List<Stage> stages,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String createdBy,
        boolean cancelRequested,
        Instant updatedAt,
        long version) {

    public Job {
        stages = List.copyOf(stages);
    }

    static Job queued(String projectId, String ref, List<String> stageNames, int attempt, String retryOf,
                      String createdBy, Instant now) {
        List<Stage> stages = stageNames.stream().map(name -> new Stage(name, StageStatus.PENDING, null, null)).toList();
        return new Job(UUID.randomUUID().toString(), projectId, ref, JobStatus.QUEUED, attempt, retryOf, stages, now,
                null, null, createdBy, false, now, 1);
    }

    Job retried(String by, Instant now) {
        return queued(projectId, ref, stages.stream().map(Stage::name).toList(), attempt + 1, id, by, now);
    }

    /** A queued job is cancelled at once: none of its stages will run. */
    Job cancelledBeforeStart(Instant now) {
        List<Stage> cancelled = stages.stream().map(stage -> stage.notRun(StageStatus.CANCELLED)).toList();
        return new Job(id, projectId, ref, JobStatus.CANCELLED, attempt, retryOf, cancelled, createdAt, null, now,
                createdBy, false, now, version + 1);
    }

    Job withCancelRequested(Instant now) {
        return new Job(id, projectId, ref, status, attempt, retryOf, stages, createdAt, startedAt, finishedAt,
                createdBy, true, now, version + 1);
    }
}
