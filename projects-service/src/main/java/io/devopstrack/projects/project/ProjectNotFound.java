package io.devopstrack.projects.project;

import io.devopstrack.projects.web.NotFound;

public class ProjectNotFound extends NotFound {

    public ProjectNotFound(String id) {
        super("No project with id " + id + ".");
    }
}
