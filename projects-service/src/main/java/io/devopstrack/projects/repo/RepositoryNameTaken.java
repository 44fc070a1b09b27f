package io.devopstrack.projects.repo;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class RepositoryNameTaken extends ApiException {

    public RepositoryNameTaken(String name) {
        super(HttpStatus.CONFLICT, "Repository name taken", "The project already has a repository named " + name + ".");
    }
}
