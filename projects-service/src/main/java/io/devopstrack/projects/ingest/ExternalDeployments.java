package io.devopstrack.projects.ingest;

import io.devopstrack.projects.deployment.DeploymentStatus;
import io.devopstrack.projects.environment.Environment;
import io.devopstrack.projects.project.ProjectUpdates;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Deployments from hooks: the environment is added to the project on first sight; a state older than the stored
 * one (by the source's time), or IN_PROGRESS after a final state, changes nothing.
 */
@Component
public record ExternalDeployments(MongoTemplate mongo, CommitTimes commits, ProjectUpdates projects) {

    public void record(String projectId, DeploymentSeen seen) {
        ensureEnvironment(projectId, seen.environment());
        Query key = Query.query(Criteria.where("projectId")
                .is(projectId)
                .and("source")
                .is(seen.source())
                .and("externalId")
                .is(seen.externalId()));
        ExternalDeployment stored = mongo.findOne(key, ExternalDeployment.class);
        if (stored != null && !newer(stored, seen)) {
            return;
        }
        Update update = new Update()
                .set("environment", seen.environment())
                .set("commit", seen.commit())
                .set("version", seen.version())
                .set("status", seen.status())
                .set("deployedAt", seen.deployedAt())
                .set("committedAt", commits.find(projectId, seen.commit()))
                .set("sourceUpdatedAt", seen.updatedAt())
                .set("published", false)
                .inc("revision", 1);
        mongo.upsert(key, update, ExternalDeployment.class);
    }

    private static boolean newer(ExternalDeployment stored, DeploymentSeen seen) {
        boolean storedFinal = stored.status() != DeploymentStatus.IN_PROGRESS;
        if (storedFinal && seen.status() == DeploymentStatus.IN_PROGRESS) {
            return false;
        }
        return stored.sourceUpdatedAt() == null
                || seen.updatedAt() == null
                || !seen.updatedAt().isBefore(stored.sourceUpdatedAt());
    }

    /** A new environment is a change a client sees, so the project's version rises. */
    private void ensureEnvironment(String projectId, String name) {
        projects.applyIf(
                projectId,
                Criteria.where("environments.name").ne(name),
                new Update().push("environments", new Environment(new ObjectId().toHexString(), name, null, false)));
    }
}
