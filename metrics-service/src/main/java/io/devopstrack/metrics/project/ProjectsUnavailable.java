package io.devopstrack.metrics.project;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** projects-service did not say which projects carry a tag: 503, nothing is computed. */
public class ProjectsUnavailable extends ApiException {

    public ProjectsUnavailable(Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Projects unavailable",
                "projects-service did not say which projects carry this tag; retry later.",
                cause);
    }
}
