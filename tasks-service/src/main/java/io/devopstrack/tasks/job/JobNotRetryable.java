package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;
import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class JobNotRetryable extends ApiException {

    public JobNotRetryable(Job job) {
        super(
                HttpStatus.CONFLICT,
                "Job not retryable",
                "Job " + job.id() + " is " + job.status() + "; only a finished job can be retried.");
    }
}
