package io.devopstrack.projects.environment;

import io.devopstrack.projects.web.NotFound;

public class EnvironmentNotFound extends NotFound {

    public EnvironmentNotFound(String envId) {
        super("The project has no environment with id " + envId + ".");
    }
}
