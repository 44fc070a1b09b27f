package io.devopstrack.projects.version;

import io.devopstrack.projects.deployment.DeploymentResponse;
import java.time.Instant;
import java.util.List;

public record VersionResponse(
        String version,
        String commit,
        String notes,
        Instant committedAt,
        Instant createdAt,
        List<DeploymentResponse> deployments) {

    public static VersionResponse of(Version version, List<DeploymentResponse> deployments) {
        return new VersionResponse(
                version.version(),
                version.commit(),
                version.notes(),
                version.committedAt(),
                version.createdAt(),
                deployments);
    }
}
