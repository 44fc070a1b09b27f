package io.devopstrack.projects.deployment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of {@code GET /projects/{id}/deployments}: a manual deployment ({@code source} {@value #MANUAL}) or one a
 * hook reported ({@code github}, {@code gitlab}, {@code cdevents}). {@code leadTimeHours} = deployedAt − the commit's
 * time, present only when that time is known (a version's {@code committedAt}; for hooks, the time learnt from events).
 */
public record DeploymentListItem(
        String id,
        String environment,
        String commit,
        String version,
        DeploymentStatus status,
        Instant deployedAt,
        String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double leadTimeHours) {

    public static final String MANUAL = "manual";

    static Double leadTimeHours(Instant committedAt, Instant deployedAt) {
        if (committedAt == null || deployedAt == null) {
            return null;
        }
        return Duration.between(committedAt, deployedAt).toMillis() / 3_600_000.0;
    }
}
