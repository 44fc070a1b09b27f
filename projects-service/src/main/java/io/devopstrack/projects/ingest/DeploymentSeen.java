package io.devopstrack.projects.ingest;

import java.time.Instant;

import io.devopstrack.projects.deployment.DeploymentStatus;

/** A deployment (or a new state of one) to an environment, as its system reports it. */
public record DeploymentSeen(String source, String externalId, String environment, String commit, String version,
                             DeploymentStatus status, Instant deployedAt, Instant updatedAt) implements NormalizedEvent {
}
