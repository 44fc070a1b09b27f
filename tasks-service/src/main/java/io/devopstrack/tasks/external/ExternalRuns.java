package io.devopstrack.tasks.external;

import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.jobs.ExecutionRecords;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.Stage;
import io.devopstrack.tasks.job.JobNotFound;
import io.devopstrack.tasks.job.JobStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Applies run and stage events to their jobs through the job store's compare-and-set (save-job.lua), which also
 * publishes each change to the live stream. The execution records of a stage or a job are written by the write that
 * first makes it final, so a redelivered event, or two replicas applying the same one, count it once.
 */
@Component
public record ExternalRuns(JobStore store, Clock clock) {

    /**
     * Applies a batch of events in their order, as one read of their jobs and one pipelined write: the events of one
     * job make one change (its live event shows the last state), as if applied one by one. A job whose write did
     * not take (changed meanwhile by another replica), or a batch whose write failed halfway, is done again event by
     * event, which changes nothing where the batch's write was saved.
     */
    void applyAll(List<ExternalRunEvent> events) {
        Map<String, List<ExternalRunEvent>> byJob = new LinkedHashMap<>();
        for (ExternalRunEvent event : events) {
            byJob.computeIfAbsent(jobId(event), id -> new ArrayList<>()).add(event);
        }
        Map<String, Job> stored = store.findAll(List.copyOf(byJob.keySet()));
        List<JobStore.JobWrite> writes = new ArrayList<>();
        List<List<ExternalRunEvent>> written = new ArrayList<>();
        byJob.forEach((id, jobEvents) -> {
            Job before = stored.get(id);
            Job after = before == null
                    ? RunMerge.create(jobEvents, clock.instant())
                    : RunMerge.merge(before, jobEvents, clock.instant());
            if (after != before) {
                writes.add(
                        new JobStore.JobWrite(before == null ? null : before.status(), after, records(before, after)));
                written.add(jobEvents);
            }
        });
        List<Boolean> saved;
        try {
            saved = store.saveAll(writes);
        } catch (DataAccessException e) {
            saved = Collections.nCopies(writes.size(), false); // e.g. the script not loaded yet: apply() loads it
        }
        for (int i = 0; i < written.size(); i++) {
            if (!saved.get(i)) {
                written.get(i).forEach(this::apply);
            }
        }
    }

    /** Returns true when the event changed its job (false: a duplicate, or older than what the job shows). */
    boolean apply(ExternalRunEvent event) {
        Optional<Job> stored = store.find(jobId(event));
        while (true) {
            if (stored.isEmpty()) {
                Job created = RunMerge.create(event, clock.instant());
                stored = store.insert(created, records(null, created));
                if (stored.isEmpty()) {
                    return true;
                }
                continue;
            }
            Job current = stored.get();
            Job merged = RunMerge.merge(current, event, clock.instant());
            if (merged == current) {
                return false;
            }
            try {
                stored = store.update(current.status(), merged, records(current, merged));
            } catch (JobNotFound gone) {
                stored = Optional.empty(); // deleted meanwhile (retention): made again from this event
                continue;
            }
            if (stored.isEmpty()) {
                return true;
            }
        }
    }

    private static String jobId(ExternalRunEvent event) {
        return RunMerge.jobId(
                event.run().source(),
                event.projectId(),
                event.run().externalId(),
                event.run().attempt());
    }

    /** A record per stage, and for the job, that {@code after} is the first version to show finished. */
    static List<ExecutionEvent> records(Job before, Job after) {
        List<ExecutionEvent> records = new ArrayList<>();
        for (Stage stage : after.stages()) {
            if (stage.status().isFinished() && (before == null || !finishedIn(before, stage))) {
                records.add(ExecutionRecords.ofStage(after, stage));
            }
        }
        if (after.status().isFinished() && (before == null || !before.status().isFinished())) {
            records.add(ExecutionRecords.ofJob(after));
        }
        return records;
    }

    private static boolean finishedIn(Job job, Stage stage) {
        return job.stages().stream()
                .anyMatch(other -> other.status().isFinished()
                        && Objects.equals(other.externalId(), stage.externalId())
                        && other.name().equals(stage.name()));
    }
}
