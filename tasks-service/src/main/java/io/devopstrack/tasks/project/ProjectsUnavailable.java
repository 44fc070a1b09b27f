package io.devopstrack.tasks.project;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** projects-service did not answer the project check in time: 503, the job is not started. */
public class ProjectsUnavailable extends ApiException {

    public ProjectsUnavailable(Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Projects unavailable",
                "projects-service did not answer; retry later.",
                cause);
    }
}
