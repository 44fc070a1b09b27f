package io.devopstrack.projects.deployment;

import java.time.Instant;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * A deployment of one version to one environment. Stored flat in the project document's {@code deployments}
 * array (not nested inside its version) so that every update touches a single array level, which every
 * MongoDB-wire server supports; the API nests them under their version. {@code published} tells whether the
 * event reached the Redis stream yet; it is never exposed.
 */
public record Deployment(
        @Field("id") String id,
        String version,
        String environment,
        DeploymentStatus status,
        String deployedBy,
        Instant deployedAt,
        boolean published) {}
