package io.devopstrack.jobs;

import java.time.Instant;

public record Stage(String name, StageStatus status, Instant startedAt, Instant finishedAt) {

    public Stage start(Instant now) {
        return new Stage(name, StageStatus.RUNNING, now, null);
    }

    public Stage finish(StageStatus outcome, Instant now) {
        return new Stage(name, outcome, startedAt, now);
    }

    public Stage notRun(StageStatus outcome) {
        return new Stage(name, outcome, null, null);
    }
}
