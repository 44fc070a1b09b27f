package io.devopstrack.projects.environment;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class EnvironmentNameTaken extends ApiException {

    public EnvironmentNameTaken(String name) {
        super(
                HttpStatus.CONFLICT,
                "Environment name taken",
                "The project already has an environment named " + name + ".");
    }
}
