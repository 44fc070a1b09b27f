package io.devopstrack.projects.environment;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class EnvironmentNotFound extends ApiException {

    public EnvironmentNotFound(String envId) {
        super(HttpStatus.NOT_FOUND, "Environment not found", "The project has no environment with id " + envId + ".");
    }
}
