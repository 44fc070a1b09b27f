package io.devopstrack.metrics.ingestion;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** A deployment of a version to an environment, as projects-service publishes it on {@code devopstrack:{jobs}:deployments}. */
record DeploymentEvent(
        String deploymentId,
        String projectId,
        String version,
        String commit,
        Instant committedAt,
        String environment,
        String status,
        Instant deployedAt) {

    static final Set<String> STATUSES = Set.of("IN_PROGRESS", "SUCCEEDED", "FAILED", "ROLLED_BACK");

    static DeploymentEvent from(Map<String, String> body) {
        EventFields fields = new EventFields(body);
        return new DeploymentEvent(
                fields.text("deploymentId"),
                fields.text("projectId"),
                fields.optionalText("version"),
                fields.optionalText("commit"),
                fields.instant("committedAt"),
                fields.text("environment"),
                fields.oneOf("status", STATUSES),
                fields.instant("deployedAt"));
    }
}
