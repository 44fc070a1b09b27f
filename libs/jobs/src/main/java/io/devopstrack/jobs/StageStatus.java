package io.devopstrack.jobs;

public enum StageStatus {
    PENDING,
    RUNNING,
    SUCCEEDED,
    FAILED,
    SKIPPED,
    CANCELLED;

    public boolean isFinished() {
        return this != PENDING && this != RUNNING;
    }
}
