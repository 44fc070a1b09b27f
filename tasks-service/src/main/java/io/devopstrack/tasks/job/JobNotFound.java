package io.devopstrack.tasks.job;

public class JobNotFound extends RuntimeException {

    public JobNotFound(String id) {
        super("job " + id + " not found");
    }
}
