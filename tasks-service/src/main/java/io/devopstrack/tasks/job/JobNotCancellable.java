package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;
import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class JobNotCancellable extends ApiException {

    public JobNotCancellable(Job job) {
        super(
                HttpStatus.CONFLICT,
                "Job not cancellable",
                "Job " + job.id() + " is " + job.status() + " and can no longer be cancelled.");
    }
}
