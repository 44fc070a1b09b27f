package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;


public class JobNotRetryable extends RuntimeException {

    public JobNotRetryable(Job job) {
        super("job " + job.id() + " is " + job.status() + "; only a finished job can be retried");
    }
}
