package io.devopstrack.projects.repo;

import org.springframework.data.mongodb.core.mapping.Field;

/** A VCS repository of a project, embedded in the project document. */
public record VcsRepository(@Field("id") String id, String name, String url, String defaultBranch) {}
