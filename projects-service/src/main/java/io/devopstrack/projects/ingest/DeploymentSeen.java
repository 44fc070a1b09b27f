package io.devopstrack.projects.ingest;

import io.devopstrack.projects.deployment.DeploymentStatus;
import java.time.Instant;

/** A deployment (or a new state of one) to an environment, as its system reports it. */
public record DeploymentSeen(
        String source,
        String externalId,
        String environment,
        String commit,
        String version,
        DeploymentStatus status,
        Instant deployedAt,
        Instant updatedAt)
        implements NormalizedEvent {}
