package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;


public class JobNotCancellable extends RuntimeException {

    public JobNotCancellable(Job job) {
        super("job " + job.id() + " is " + job.status() + " and can no longer be cancelled");
    }
}
