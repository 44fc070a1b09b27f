package io.devopstrack.projects.project;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class ProjectNotFound extends ApiException {

    public ProjectNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Project not found", "No project with id " + id + ".");
    }
}
