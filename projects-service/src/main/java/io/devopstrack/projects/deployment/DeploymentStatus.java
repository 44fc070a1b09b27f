package io.devopstrack.projects.deployment;

public enum DeploymentStatus {
    IN_PROGRESS,
    SUCCEEDED,
    FAILED,
    ROLLED_BACK
}
