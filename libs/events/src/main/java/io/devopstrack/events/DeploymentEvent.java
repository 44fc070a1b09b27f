package io.devopstrack.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A deployment of a version to an environment, one entry of {@code devopstrack:{jobs}:deployments}: projects-service
 * writes it ({@link #fields()}), metrics-service reads it ({@link #from}). {@code version} and {@code commit} are
 * empty when the deploying system did not name them; {@code source} is the hook's system ({@code github},
 * {@code gitlab}, {@code cdevents}) and is left out for a deployment recorded through the API.
 */
public record DeploymentEvent(
        String deploymentId,
        String projectId,
        String version,
        String commit,
        Instant committedAt,
        String environment,
        String status,
        Instant deployedAt,
        String source) {

    public static final Set<String> STATUSES = Set.of("IN_PROGRESS", "SUCCEEDED", "FAILED", "ROLLED_BACK");

    public static DeploymentEvent from(Map<String, String> body) {
        EventFields fields = new EventFields(body);
        return new DeploymentEvent(
                fields.text("deploymentId"),
                fields.text("projectId"),
                fields.optionalText("version"),
                fields.optionalText("commit"),
                fields.instant("committedAt"),
                fields.text("environment"),
                fields.oneOf("status", STATUSES),
                fields.instant("deployedAt"),
                fields.optionalText("source"));
    }

    /** The stream entry (docs/contracts.md): every field a string. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deploymentId", deploymentId);
        fields.put("projectId", projectId);
        fields.put("version", EventFields.orEmpty(version));
        fields.put("commit", EventFields.orEmpty(commit));
        fields.put("committedAt", committedAt.toString());
        fields.put("environment", environment);
        fields.put("status", status);
        fields.put("deployedAt", deployedAt.toString());
        if (source != null && !source.isEmpty()) {
            fields.put("source", source);
        }
        return fields;
    }
}
