package io.devopstrack.tasks.project;

public class ProjectNotFound extends RuntimeException {

    public ProjectNotFound(String projectId) {
        super("project " + projectId + " not found");
    }
}
