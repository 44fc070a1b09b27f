package io.devopstrack.worker.job;

import java.time.Instant;
import java.util.List;

/**
 * The job document stored at {@code devopstrack:job:{id}}; the same shape as tasks-service's API.
 * {@code version} is the compare-and-set counter of every write; {@code updatedAt} is the time of the
 * last change (SSE latency is measured against it).
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

    Job with(JobStatus newStatus, List<Stage> newStages, Instant newStartedAt, Instant newFinishedAt, Instant now) {
        return new Job(id, projectId, ref, newStatus, attempt, retryOf, newStages, createdAt, newStartedAt,
                newFinishedAt, createdBy, cancelRequested, now, version + 1);
    }

    /** Index of the first stage that has not finished, or -1 when all have. */
    int firstUnfinishedStage() {
        for (int i = 0; i < stages.size(); i++) {
            if (!stages.get(i).status().isFinished()) {
                return i;
            }
        }
        return -1;
    }
}
