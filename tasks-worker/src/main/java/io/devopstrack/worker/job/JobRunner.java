package io.devopstrack.worker.job;

import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.jobs.ExecutionRecords;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.jobs.Stage;
import io.devopstrack.jobs.StageStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Runs a claimed job stage after stage. Every step is a compare-and-set on the stored job: when the API
 * changed it meanwhile (a cancel request), the step is computed again from the stored state, so no write
 * is ever lost and a finished job is never finished twice (its execution record is written by the one
 * write that finishes it). A job taken over from a dead worker resumes at its first unfinished stage.
 */
@Component
public record JobRunner(JobStore store, StageSimulator simulator, JobMetrics metrics, Clock clock) {

    /**
     * Runs the job to its end under the lease of {@code owner}; the write that finishes it also acknowledges
     * its queue entry {@code entryId}.
     *
     * @return true when this run finished the job; false when it was already finished (the caller then
     *         acknowledges the entry itself)
     * @throws LeaseLost when another runner took the job over; this one must stop without acknowledging
     */
    public boolean run(Job claimed, String owner, String entryId) throws InterruptedException {
        Applied applied = apply(claimed, owner, entryId, this::begin);
        while (!applied.job().status().isFinished()) {
            Stage stage = applied.job().stages().get(applied.job().firstUnfinishedStage());
            boolean succeeded = simulator.run(stage.name());
            applied = apply(applied.job(), owner, entryId, current -> finishStage(current, succeeded));
        }
        return applied.written();
    }

    /** The job after a step, and whether this runner wrote it (the finishing write acknowledges the entry). */
    private record Applied(Job job, boolean written) {}

    private record Step(Job next, List<ExecutionEvent> records) {}

    private Applied apply(Job current, String owner, String entryId, Function<Job, Optional<Step>> change) {
        while (true) {
            Optional<Step> step = change.apply(current);
            if (step.isEmpty()) {
                return new Applied(current, false);
            }
            Optional<Job> conflict = store.save(
                    current.status(),
                    step.get().next(),
                    owner,
                    entryId,
                    step.get().records());
            if (conflict.isEmpty()) {
                metrics.recorded(current, step.get().next(), step.get().records());
                return new Applied(step.get().next(), true);
            }
            current = conflict.get();
        }
    }

    private Optional<Step> begin(Job job) {
        if (job.status().isFinished()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant startedAt = job.startedAt() == null ? now : job.startedAt();
        if (job.cancelRequested()) {
            return Optional.of(cancel(job, job.firstUnfinishedStage(), job.stages(), now));
        }
        List<Stage> stages = new ArrayList<>(job.stages());
        int index = job.firstUnfinishedStage();
        // A RUNNING stage here was left by a worker that died: it is run again from its start.
        stages.set(index, stages.get(index).start(now));
        return Optional.of(new Step(job.with(JobStatus.RUNNING, stages, startedAt, null, now), List.of()));
    }

    private Optional<Step> finishStage(Job job, boolean succeeded) {
        if (job.status().isFinished()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        int index = job.firstUnfinishedStage();
        List<Stage> stages = new ArrayList<>(job.stages());
        stages.set(index, stages.get(index).finish(succeeded ? StageStatus.SUCCEEDED : StageStatus.FAILED, now));
        ExecutionEvent stageRecord = ExecutionRecords.ofStage(job, stages.get(index));
        if (!succeeded) {
            return Optional.of(end(job, JobStatus.FAILED, StageStatus.SKIPPED, index + 1, stages, now, stageRecord));
        }
        if (job.cancelRequested()) {
            return Optional.of(
                    end(job, JobStatus.CANCELLED, StageStatus.CANCELLED, index + 1, stages, now, stageRecord));
        }
        if (index == stages.size() - 1) {
            return Optional.of(end(job, JobStatus.SUCCEEDED, StageStatus.SKIPPED, index + 1, stages, now, stageRecord));
        }
        stages.set(index + 1, stages.get(index + 1).start(now));
        return Optional.of(
                new Step(job.with(JobStatus.RUNNING, stages, job.startedAt(), null, now), List.of(stageRecord)));
    }

    private Step cancel(Job job, int from, List<Stage> current, Instant now) {
        List<Stage> stages = new ArrayList<>(current);
        List<ExecutionEvent> records = new ArrayList<>();
        Stage interrupted = stages.get(from);
        if (interrupted.status() == StageStatus.RUNNING) {
            stages.set(from, interrupted.finish(StageStatus.CANCELLED, now));
            records.add(ExecutionRecords.ofStage(job, stages.get(from)));
            from++;
        }
        Step ended = end(job, JobStatus.CANCELLED, StageStatus.CANCELLED, from, stages, now, null);
        records.addAll(ended.records());
        return new Step(ended.next(), records);
    }

    /** Ends the job: stages from {@code from} on did not run and take {@code notRun}. */
    private Step end(
            Job job,
            JobStatus outcome,
            StageStatus notRun,
            int from,
            List<Stage> stages,
            Instant now,
            ExecutionEvent stageRecord) {
        for (int i = from; i < stages.size(); i++) {
            stages.set(i, stages.get(i).notRun(notRun));
        }
        Job finished = job.with(outcome, stages, job.startedAt() == null ? now : job.startedAt(), now, now);
        List<ExecutionEvent> records = new ArrayList<>();
        if (stageRecord != null) {
            records.add(stageRecord);
        }
        records.add(ExecutionRecords.ofJob(finished));
        return new Step(finished, records);
    }
}
