package io.devopstrack.projects.environment;

import io.devopstrack.projects.web.Conflict;

public class EnvironmentNameTaken extends Conflict {

    public EnvironmentNameTaken(String name) {
        super("The project already has an environment named " + name + ".");
    }
}
