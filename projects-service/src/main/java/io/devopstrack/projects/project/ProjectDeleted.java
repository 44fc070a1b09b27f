package io.devopstrack.projects.project;

/** Published after a project's document is deleted, so that what belongs to it goes too. */
public record ProjectDeleted(String projectId) {}
