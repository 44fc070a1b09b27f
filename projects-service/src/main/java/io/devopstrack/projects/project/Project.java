package io.devopstrack.projects.project;

import io.devopstrack.projects.deployment.Deployment;
import io.devopstrack.projects.environment.Environment;
import io.devopstrack.projects.repo.VcsRepository;
import io.devopstrack.projects.version.Version;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A project and everything it holds, in one document: every change is a single-document atomic update,
 * so no multi-document transaction is ever needed. {@code version} is the optimistic-lock number, raised by
 * every change a client can see.
 */
@Document(Project.COLLECTION)
public record Project(
        @Id String id,
        String name,
        String description,
        String owner,
        List<String> tags,
        List<VcsRepository> repositories,
        List<Environment> environments,
        List<Version> versions,
        List<Deployment> deployments,
        Instant createdAt,
        Instant updatedAt,
        @org.springframework.data.annotation.Version Long version) {

    public static final String COLLECTION = "projects";

    public Project {
        tags = tags == null ? List.of() : tags;
        repositories = repositories == null ? List.of() : repositories;
        environments = environments == null ? List.of() : environments;
        versions = versions == null ? List.of() : versions;
        deployments = deployments == null ? List.of() : deployments;
    }
}
