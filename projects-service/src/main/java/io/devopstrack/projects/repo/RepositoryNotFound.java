package io.devopstrack.projects.repo;

import io.devopstrack.projects.web.NotFound;

public class RepositoryNotFound extends NotFound {

    public RepositoryNotFound(String repoId) {
        super("The project has no repository with id " + repoId + ".");
    }
}
