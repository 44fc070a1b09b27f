package io.devopstrack.tasks.job;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class JobNotFound extends ApiException {

    public JobNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Job not found", "No job with id " + id + ".");
    }
}
