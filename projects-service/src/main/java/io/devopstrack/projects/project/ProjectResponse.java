package io.devopstrack.projects.project;

import io.devopstrack.projects.deployment.DeploymentResponse;
import io.devopstrack.projects.environment.Environment;
import io.devopstrack.projects.repo.VcsRepository;
import io.devopstrack.projects.version.VersionResponse;
import java.time.Instant;
import java.util.List;

public record ProjectResponse(
        String id,
        String name,
        String description,
        String owner,
        List<String> tags,
        List<VcsRepository> repositories,
        List<Environment> environments,
        List<VersionResponse> versions,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static ProjectResponse of(Project project) {
        List<VersionResponse> versions = project.versions().stream()
                .map(version -> VersionResponse.of(
                        version,
                        project.deployments().stream()
                                .filter(deployment -> deployment.version().equals(version.version()))
                                .map(DeploymentResponse::of)
                                .toList()))
                .toList();
        return new ProjectResponse(
                project.id(),
                project.name(),
                project.description(),
                project.owner(),
                project.tags(),
                project.repositories(),
                project.environments(),
                versions,
                project.createdAt(),
                project.updatedAt(),
                project.version());
    }
}
