package io.devopstrack.tasks.external;

import static io.devopstrack.tasks.external.Known.first;
import static io.devopstrack.tasks.external.Known.latest;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.events.PipelineRun;
import io.devopstrack.events.Progress;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.jobs.Stage;
import io.devopstrack.jobs.StageStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How run and stage events make and change a job, whatever order they arrive in and however often: a final state
 * is never left; a run event older than the last one applied (by the source's {@code updatedAt}; at equal or unknown
 * times, by progress QUEUED &lt; RUNNING &lt; final) changes no status; a stage only moves forward (PENDING &lt;
 * RUNNING &lt; final) and is found by its id in its system. What an event knows that the job does not (a URL, a
 * commit, a start time) is always kept. Pure: the same job and event give the same result.
 */
final class RunMerge {

    private RunMerge() {}

    /** The job of a run attempt: the same id for every event of it, on every replica, after every restart. */
    static String jobId(String source, String projectId, String externalId, int attempt) {
        String name = source + "\n" + projectId + "\n" + externalId + "\n" + attempt;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The job the first event of a run attempt makes (version 1). */
    static Job create(ExternalRunEvent event, Instant now) {
        return create(List.of(event), now);
    }

    /** The job the events of a new run attempt make, applied in their order (version 1). */
    static Job create(List<ExternalRunEvent> events, Instant now) {
        ExternalRunEvent event = events.get(0);
        PipelineRun run = event.run();
        String retryOf =
                run.attempt() > 1 ? jobId(run.source(), event.projectId(), run.externalId(), run.attempt() - 1) : null;
        Progress progress = event.progress();
        Instant createdAt = first(event.createdAt(), progress.startedAt(), progress.updatedAt(), now);
        Job blank = new Job(
                jobId(run.source(), event.projectId(), run.externalId(), run.attempt()),
                event.projectId(),
                run.ref(),
                JobStatus.QUEUED,
                run.attempt(),
                retryOf,
                List.of(),
                createdAt,
                null,
                null,
                event.triggeredBy(),
                false,
                now,
                0,
                run.source(),
                run.externalId(),
                null,
                run.pipeline(),
                run.commit(),
                event.triggeredBy(),
                null);
        return merge(blank, events, now);
    }

    /** The job after the event: {@code job} itself when the event changes nothing, else its next version. */
    static Job merge(Job job, ExternalRunEvent event, Instant now) {
        return merge(job, List.of(event), now);
    }

    /** The job after the events in their order, as one change: {@code job} itself, or its next version. */
    static Job merge(Job job, List<ExternalRunEvent> events, Instant now) {
        Job after = job;
        for (ExternalRunEvent event : events) {
            after = apply(after, event, now);
        }
        return versioned(job, after, now);
    }

    private static Job versioned(Job before, Job after, Instant now) {
        if (after.equals(before)) {
            return before;
        }
        return copy(
                after,
                after.status(),
                after.stages(),
                after.startedAt(),
                after.finishedAt(),
                after.sourceUpdatedAt(),
                now,
                before.version() + 1);
    }

    private static Job apply(Job job, ExternalRunEvent event, Instant now) {
        return event.kind() == ExternalRunEvent.Kind.RUN ? run(job, event, now) : stage(job, event, now);
    }

    private static Job run(Job job, ExternalRunEvent event, Instant now) {
        Progress progress = event.progress();
        JobStatus incoming = JobStatus.valueOf(progress.status());
        boolean applies = !job.status().isFinished() && newer(job, progress.updatedAt(), incoming);
        Job filled = RunDetails.fill(job, event, applies);
        if (!applies) {
            return filled;
        }
        return copy(
                filled,
                incoming,
                job.stages(),
                Known.started(
                        first(progress.startedAt(), job.startedAt()), incoming == JobStatus.RUNNING, progress, now),
                Known.finished(incoming.isFinished(), progress, now),
                latest(job.sourceUpdatedAt(), progress.updatedAt()),
                job.updatedAt(),
                job.version());
    }

    private static Job stage(Job job, ExternalRunEvent event, Instant now) {
        Stage incoming = StageMerge.stage(event, now);
        List<Stage> stages = StageMerge.merge(job.stages(), event, incoming);
        Job filled = RunDetails.fill(job, event, false);
        boolean starts = job.status() == JobStatus.QUEUED && incoming.status() != StageStatus.PENDING;
        if (!starts) {
            return copy(
                    filled,
                    job.status(),
                    stages,
                    job.startedAt(),
                    job.finishedAt(),
                    job.sourceUpdatedAt(),
                    job.updatedAt(),
                    job.version());
        }
        // A stage that runs means its run runs, even before the run's own event says so.
        return copy(
                filled,
                JobStatus.RUNNING,
                stages,
                first(job.startedAt(), incoming.startedAt(), event.progress().updatedAt(), now),
                null,
                latest(job.sourceUpdatedAt(), event.progress().updatedAt()),
                job.updatedAt(),
                job.version());
    }

    private static boolean newer(Job job, Instant updatedAt, JobStatus incoming) {
        if (job.sourceUpdatedAt() != null && updatedAt != null && !updatedAt.equals(job.sourceUpdatedAt())) {
            return updatedAt.isAfter(job.sourceUpdatedAt());
        }
        return rank(incoming) >= rank(job.status());
    }

    private static int rank(JobStatus status) {
        return status.isFinished() ? 2 : status == JobStatus.RUNNING ? 1 : 0;
    }

    private static Job copy(
            Job job,
            JobStatus status,
            List<Stage> stages,
            Instant startedAt,
            Instant finishedAt,
            Instant sourceUpdatedAt,
            Instant updatedAt,
            long version) {
        return new Job(
                job.id(),
                job.projectId(),
                job.ref(),
                status,
                job.attempt(),
                job.retryOf(),
                stages,
                job.createdAt(),
                startedAt,
                finishedAt,
                job.createdBy(),
                false,
                updatedAt,
                version,
                job.source(),
                job.externalId(),
                job.externalUrl(),
                job.pipeline(),
                job.commit(),
                job.triggeredBy(),
                sourceUpdatedAt);
    }
}
