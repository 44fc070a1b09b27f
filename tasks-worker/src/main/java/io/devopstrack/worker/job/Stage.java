package io.devopstrack.worker.job;

import java.time.Instant;

public record Stage(String name, StageStatus status, Instant startedAt, Instant finishedAt) {

    Stage start(Instant now) {
        return new Stage(name, StageStatus.RUNNING, now, null);
    }

    Stage finish(StageStatus outcome, Instant now) {
        return new Stage(name, outcome, startedAt, now);
    }

    Stage notRun(StageStatus outcome) {
        return new Stage(name, outcome, null, null);
    }
}
