package io.devopstrack.tasks.job;

public class JobNotCancellable extends RuntimeException {

    public JobNotCancellable(Job job) {
        super("job " + job.id() + " is " + job.status() + " and can no longer be cancelled");
    }
}
