package io.devopstrack.projects.repo;

import io.devopstrack.projects.web.Conflict;

public class RepositoryNameTaken extends Conflict {

    public RepositoryNameTaken(String name) {
        super("The project already has a repository named " + name + ".");
    }
}
