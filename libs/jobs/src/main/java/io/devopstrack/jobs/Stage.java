package io.devopstrack.jobs;

import java.time.Instant;

/**
 * One stage of a job. {@code externalId} and {@code externalUrl} are the stage's id and page in its CI system
 * (a GitHub workflow job, a GitLab build, a CDEvents task run); null on simulated stages.
 */
public record Stage(
        String name, StageStatus status, Instant startedAt, Instant finishedAt, String externalId, String externalUrl) {

    /** A simulated stage. */
    public Stage(String name, StageStatus status, Instant startedAt, Instant finishedAt) {
        this(name, status, startedAt, finishedAt, null, null);
    }

    public Stage start(Instant now) {
        return new Stage(name, StageStatus.RUNNING, now, null, externalId, externalUrl);
    }

    public Stage finish(StageStatus outcome, Instant now) {
        return new Stage(name, outcome, startedAt, now, externalId, externalUrl);
    }

    public Stage notRun(StageStatus outcome) {
        return new Stage(name, outcome, null, null, externalId, externalUrl);
    }
}
