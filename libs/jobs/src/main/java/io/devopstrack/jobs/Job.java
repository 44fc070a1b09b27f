package io.devopstrack.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A pipeline run: the document stored at {@code devopstrack:job:{id}}, returned by tasks-service's API and
 * published as a live event; tasks-service creates and cancels jobs, tasks-worker runs them. {@code version}
 * is the compare-and-set counter of every write; {@code updatedAt} is the time of the last change (SSE latency
 * is measured against it); {@code cancelRequested} asks a running job to stop at its next stage boundary.
 * {@code source} is {@value #SIMULATED} for the worker's own runs, else the CI system a hook reported the run from
 * ({@code github}, {@code gitlab}, {@code cdevents}); the external fields are null on simulated runs, and
 * {@code sourceUpdatedAt} is the source's own time of the run state last applied (the ordering key of run events).
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
        long version,
        String source,
        String externalId,
        String externalUrl,
        String pipeline,
        String commit,
        String triggeredBy,
        Instant sourceUpdatedAt) {

    public static final String SIMULATED = "simulated";

    public Job {
        stages = List.copyOf(stages);
        source = source == null || source.isBlank() ? SIMULATED : source;
    }

    /** A new job, queued with every stage pending; {@code id} is a fresh UUID unless derived (an Idempotency-Key). */
    public static Job queued(
            String id,
            String projectId,
            String ref,
            List<String> stageNames,
            int attempt,
            String retryOf,
            String createdBy,
            Instant now) {
        List<Stage> stages = stageNames.stream()
                .map(name -> new Stage(name, StageStatus.PENDING, null, null))
                .toList();
        return new Job(
                id,
                projectId,
                ref,
                JobStatus.QUEUED,
                attempt,
                retryOf,
                stages,
                now,
                null,
                null,
                createdBy,
                false,
                now,
                1,
                SIMULATED,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** True for a run reported by a CI system: never given to the simulator, never cancelled or retried here. */
    public boolean external() {
        return !SIMULATED.equals(source);
    }

    /** A new queued job (attempt + 1) with the same project, ref and stages. */
    public Job retried(String by, Instant now) {
        return queued(
                UUID.randomUUID().toString(),
                projectId,
                ref,
                stages.stream().map(Stage::name).toList(),
                attempt + 1,
                id,
                by,
                now);
    }

    /** A queued job is cancelled at once: none of its stages will run. */
    public Job cancelledBeforeStart(Instant now) {
        List<Stage> cancelled = stages.stream()
                .map(stage -> stage.notRun(StageStatus.CANCELLED))
                .toList();
        return next(JobStatus.CANCELLED, cancelled, null, now, false, now);
    }

    public Job withCancelRequested(Instant now) {
        return next(status, stages, startedAt, finishedAt, true, now);
    }

    /** The next version with a new status, stages and times; everything else is kept. */
    public Job with(
            JobStatus newStatus, List<Stage> newStages, Instant newStartedAt, Instant newFinishedAt, Instant now) {
        return next(newStatus, newStages, newStartedAt, newFinishedAt, cancelRequested, now);
    }

    private Job next(
            JobStatus newStatus,
            List<Stage> newStages,
            Instant newStartedAt,
            Instant newFinishedAt,
            boolean newCancelRequested,
            Instant now) {
        return new Job(
                id,
                projectId,
                ref,
                newStatus,
                attempt,
                retryOf,
                newStages,
                createdAt,
                newStartedAt,
                newFinishedAt,
                createdBy,
                newCancelRequested,
                now,
                version + 1,
                source,
                externalId,
                externalUrl,
                pipeline,
                commit,
                triggeredBy,
                sourceUpdatedAt);
    }

    /** Index of the first stage that has not finished, or -1 when all have. */
    public int firstUnfinishedStage() {
        for (int i = 0; i < stages.size(); i++) {
            if (!stages.get(i).status().isFinished()) {
                return i;
            }
        }
        return -1;
    }
}
