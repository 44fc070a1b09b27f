package io.devopstrack.projects.deployment;

import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.projects.outbox.OutboxRelay;
import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.version.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Outbox relay: sends every deployment still marked {@code published=false} to the Redis stream, then marks it.
 * A crash between the two sends it again (at-least-once); metrics-service deduplicates by deploymentId.
 * While Redis is down, deployments simply wait in MongoDB.
 */
@Component
public record DeploymentEventRelay(
        MongoTemplate mongo, StringRedisTemplate redis, DeploymentRelayProperties properties) {

    @Scheduled(fixedDelayString = "${devopstrack.deployments.relay-interval}")
    public void relayOnSchedule() {
        outbox().onSchedule(this::relay);
    }

    /** Publishes one batch; returns how many events reached the stream. Stops at the first Redis failure. */
    public int relay() {
        Query query =
                Query.query(Criteria.where("deployments.published").is(false)).limit(properties.relayBatchSize());
        List<Pending> pending = new ArrayList<>();
        for (Project project : mongo.find(query, Project.class)) {
            project.deployments().stream()
                    .filter(deployment -> !deployment.published())
                    .forEach(deployment -> pending.add(new Pending(project, deployment)));
        }
        return outbox().send(
                        properties.stream(),
                        pending,
                        unsent -> event(unsent.project(), unsent.deployment()),
                        unsent -> markPublished(
                                unsent.project().id(), unsent.deployment().id()));
    }

    /** Through the collection name, not the entity class, so that the project's @Version is not raised. */
    private void markPublished(String projectId, String deploymentId) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id")
                        .is(new ObjectId(projectId))
                        .and("deployments.id")
                        .is(deploymentId)),
                new Update().set("deployments.$.published", true),
                Project.COLLECTION);
    }

    static Map<String, String> event(Project project, Deployment deployment) {
        Version version = project.versions().stream()
                .filter(v -> v.version().equals(deployment.version()))
                .findFirst()
                .orElseThrow();
        return new DeploymentEvent(
                        deployment.id(),
                        project.id(),
                        version.version(),
                        version.commit(),
                        version.committedOrCreatedAt(),
                        deployment.environment(),
                        deployment.status().name(),
                        deployment.deployedAt(),
                        null)
                .fields();
    }

    private OutboxRelay outbox() {
        return new OutboxRelay(redis, "deployments");
    }

    private record Pending(Project project, Deployment deployment) {}
}
