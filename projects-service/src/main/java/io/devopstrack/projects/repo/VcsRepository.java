package io.devopstrack.projects.repo;

/** A VCS repository of a project, embedded in the project document. */
public record VcsRepository(String id, String name, String url, String defaultBranch) {
}
