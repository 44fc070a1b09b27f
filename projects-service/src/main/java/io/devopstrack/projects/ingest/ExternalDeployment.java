package io.devopstrack.projects.ingest;

import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.projects.deployment.DeploymentStatus;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deployment reported by a hook, one document per (project, source, externalId): its later states update it.
 * {@code committedAt} is the commit's time once known (lead time); {@code revision} counts the changes, so that
 * the relay marks as published only the state it sent.
 */
@Document(ExternalDeployment.COLLECTION)
@CompoundIndex(
        name = "project_source_externalId_unique",
        def = "{'projectId': 1, 'source': 1, 'externalId': 1}",
        unique = true)
public record ExternalDeployment(
        @Id String id,
        String projectId,
        String source,
        String externalId,
        String environment,
        String commit,
        String version,
        DeploymentStatus status,
        Instant deployedAt,
        Instant committedAt,
        Instant sourceUpdatedAt,
        long revision,
        @Indexed(name = "published") boolean published) {

    public static final String COLLECTION = "external_deployments";

    /** The stream entry of this state; a commit whose time is not known yet counts from the deployment. */
    DeploymentEvent event() {
        return new DeploymentEvent(
                id,
                projectId,
                version,
                commit,
                committedAt != null ? committedAt : deployedAt,
                environment,
                status.name(),
                deployedAt,
                source);
    }
}
