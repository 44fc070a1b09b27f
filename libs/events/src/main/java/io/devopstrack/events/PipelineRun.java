package io.devopstrack.events;

/**
 * Which run of which pipeline an event is about, named alike by a run and by each of its stages: the CI system
 * ({@code github}, {@code gitlab}, {@code cdevents}), its id and attempt of the run, and the pipeline's name, the ref
 * and the commit it ran (null when the system does not say).
 */
public record PipelineRun(String source, String externalId, int attempt, String pipeline, String ref, String commit) {}
