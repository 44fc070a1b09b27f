package io.devopstrack.tasks.job;

import java.time.Instant;

public record Stage(String name, StageStatus status, Instant startedAt, Instant finishedAt) {

    Stage notRun(StageStatus outcome) {
        return new Stage(name, outcome, null, null);
    }
}
