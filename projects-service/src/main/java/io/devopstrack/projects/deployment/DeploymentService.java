package io.devopstrack.projects.deployment;

import io.devopstrack.platform.problem.InvalidInput;
import io.devopstrack.projects.environment.Environment;
import io.devopstrack.projects.project.Caller;
import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.project.ProjectUpdates;
import io.devopstrack.projects.version.SemanticVersions;
import io.devopstrack.projects.version.VersionNotFound;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Records a deployment in the project document, the source of truth, with {@code published=false};
 * DeploymentEventRelay then carries it to the Redis stream, so a Redis outage loses nothing.
 */
@Service
public class DeploymentService {

    private final ProjectUpdates updates;

    public DeploymentService(ProjectUpdates updates) {
        this.updates = updates;
    }

    public Deployment record(String projectId, String version, RecordDeploymentRequest request, Caller caller) {
        SemanticVersions.require("version", version);
        Project project = updates.require(projectId);
        if (project.versions().stream().noneMatch(v -> v.version().equals(version))) {
            throw new VersionNotFound(version);
        }
        Environment environment = project.environments().stream()
                .filter(e -> e.name().equals(request.environment()))
                .findFirst()
                .orElseThrow(() -> new InvalidInput("environment", "is not an environment of this project"));
        // The URL rules already demand MAINTAINER or ADMIN for every write; kept here so the rule survives them.
        if (environment.isProtected() && !caller.maintainer() && !caller.admin()) {
            throw new ProtectedEnvironment(environment.name());
        }
        Deployment deployment = new Deployment(
                new ObjectId().toHexString(),
                version,
                environment.name(),
                request.status(),
                caller.username(),
                updates.now(),
                false);
        // Re-checked atomically: the version or the environment may have gone since the read above.
        updates.apply(
                projectId,
                new Criteria()
                        .andOperator(
                                Criteria.where("versions.version").is(version),
                                Criteria.where("environments.name").is(environment.name())),
                new Update().push("deployments", deployment),
                () -> new InvalidInput("environment", "is not an environment of this project"));
        return deployment;
    }
}
