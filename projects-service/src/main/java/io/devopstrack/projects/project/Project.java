package io.devopstrack.projects.project;

import io.devopstrack.projects.deployment.Deployment;
import io.devopstrack.projects.environment.Environment;
import io.devopstrack.projects.repo.VcsRepository;
import io.devopstrack.projects.version.Version;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A project and everything it holds, in one document: every change is a single-document atomic update,
 * so no multi-document transaction is ever needed. {@code version} is the optimistic-lock number, raised by
 * every change a client can see. Version numbers are unique per project by the conditional update in
 * VersionService: a unique index cannot enforce uniqueness inside one document's array.
 */
@Document(Project.COLLECTION)
@CompoundIndex(name = "deployments_published", def = "{'deployments.published': 1}")
public record Project(
        @Id String id,
        @Indexed(name = "name_unique", unique = true) String name,
        String description,
        String owner,
        @Indexed(name = "tags") List<String> tags,
        List<VcsRepository> repositories,
        List<Environment> environments,
        List<Version> versions,
        List<Deployment> deployments,
        @Indexed(name = "createdAt") Instant createdAt,
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
