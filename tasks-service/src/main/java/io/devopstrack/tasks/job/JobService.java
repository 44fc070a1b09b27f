package io.devopstrack.tasks.job;

import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.jobs.ExecutionRecords;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.tasks.project.ProjectsClient;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;

/** The API side of the job state machine: QUEUED → RUNNING → SUCCEEDED | FAILED | CANCELLED. */
@Service
public record JobService(JobStore store, ProjectsClient projects, Clock clock) {

    /** A new queued job; with a key, the job an earlier start under that key stored, if any. */
    public Job start(StartJobRequest request, String user, String authorization, IdempotencyKey key) {
        projects.requireExists(request.projectId(), authorization);
        String id = key == null ? UUID.randomUUID().toString() : key.jobId(user);
        Job job = Job.queued(
                id, request.projectId(), request.ref(), request.stagesOrDefault(), 1, null, user, clock.instant());
        return store.create(job).map(stored -> key.replay(stored, job)).orElse(job);
    }

    public Job get(String id) {
        return store.find(id).orElseThrow(() -> new JobNotFound(id));
    }

    public PagedModel<Job> list(String projectId, JobStatus status, String source, int page, int size) {
        return store.page(projectId, status, source, page, size);
    }

    /**
     * A queued job is cancelled at once (the worker skips it when it takes it from the queue); a running
     * one is asked to stop, which its worker does at the next stage boundary.
     */
    public Job cancel(String id) {
        Job job = get(id);
        if (job.external()) {
            throw new ExternalJobReadOnly(job, "cancelled");
        }
        while (true) {
            if (job.status().isFinished()) {
                throw new JobNotCancellable(job);
            }
            if (job.status() == JobStatus.RUNNING && job.cancelRequested()) {
                return job;
            }
            Job changed;
            List<ExecutionEvent> records;
            if (job.status() == JobStatus.QUEUED) {
                changed = job.cancelledBeforeStart(clock.instant());
                records = List.of(ExecutionRecords.ofJob(changed));
            } else {
                changed = job.withCancelRequested(clock.instant());
                records = List.of();
            }
            Optional<Job> conflict = store.update(job.status(), changed, records);
            if (conflict.isEmpty()) {
                return changed;
            }
            job = conflict.get();
        }
    }

    /** A new job (attempt + 1) with the same project, ref and stages as a finished one. */
    public Job retry(String id, String user, String authorization) {
        Job job = get(id);
        if (job.external()) {
            throw new ExternalJobReadOnly(job, "retried");
        }
        if (!job.status().isFinished()) {
            throw new JobNotRetryable(job);
        }
        projects.requireExists(job.projectId(), authorization);
        Job retried = job.retried(user, clock.instant());
        store.create(retried).ifPresent(taken -> {
            throw new IllegalStateException("job id " + taken.id() + " already taken");
        });
        return retried;
    }
}
