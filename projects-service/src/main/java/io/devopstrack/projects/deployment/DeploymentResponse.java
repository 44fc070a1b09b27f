package io.devopstrack.projects.deployment;

import java.time.Instant;

public record DeploymentResponse(
        String id, String environment, DeploymentStatus status, String deployedBy, Instant deployedAt) {

    public static DeploymentResponse of(Deployment deployment) {
        return new DeploymentResponse(
                deployment.id(),
                deployment.environment(),
                deployment.status(),
                deployment.deployedBy(),
                deployment.deployedAt());
    }
}
