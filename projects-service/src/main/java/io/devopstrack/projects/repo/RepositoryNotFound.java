package io.devopstrack.projects.repo;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class RepositoryNotFound extends ApiException {

    public RepositoryNotFound(String repoId) {
        super(HttpStatus.NOT_FOUND, "Repository not found", "The project has no repository with id " + repoId + ".");
    }
}
