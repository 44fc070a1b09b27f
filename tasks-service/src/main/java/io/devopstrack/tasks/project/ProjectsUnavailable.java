package io.devopstrack.tasks.project;

public class ProjectsUnavailable extends RuntimeException {

    public ProjectsUnavailable(Throwable cause) {
        super("projects-service is unavailable", cause);
    }
}
