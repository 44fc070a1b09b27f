package io.devopstrack.worker.job;

import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/** Job and stage meters; names are fixed by the alert rules (devopstrack_jobs_*, devopstrack_stage_duration_seconds). */
@Component
public class JobMetrics {

    private final MeterRegistry registry;
    private final Counter started;

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.started = Counter.builder("devopstrack.jobs.started")
                .description("Jobs taken from the queue and started")
                .register(registry);
        for (JobStatus status : List.of(JobStatus.SUCCEEDED, JobStatus.FAILED, JobStatus.CANCELLED)) {
            finished(status.name());
        }
    }

    /** Called after a step was saved: {@code before} is the stored state the step was computed from. */
    void recorded(Job before, Job after, List<ExecutionEvent> records) {
        if (before.status() == JobStatus.QUEUED && after.status() == JobStatus.RUNNING) {
            started.increment();
        }
        for (ExecutionEvent record : records) {
            if (!record.isJob()) {
                Timer.builder("devopstrack.stage.duration")
                        .description("Duration of simulated pipeline stages")
                        .tag("stage", record.stage())
                        .tag("status", record.status())
                        .publishPercentileHistogram()
                        .register(registry)
                        .record(Duration.ofMillis(record.durationMs()));
            } else {
                finished(record.status()).increment();
            }
        }
    }

    private Counter finished(String status) {
        return Counter.builder("devopstrack.jobs.finished")
                .description("Jobs finished, by final status")
                .tag("status", status)
                .register(registry);
    }
}
