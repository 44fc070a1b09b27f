package io.devopstrack.projects.deployment;

import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.version.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Outbox relay: sends every deployment still marked {@code published=false} to the Redis stream, then marks it.
 * A crash between the two sends it again (at-least-once); metrics-service deduplicates by deploymentId.
 * While Redis is down, deployments simply wait in MongoDB.
 */
@Component
public class DeploymentEventRelay {

    private static final Logger log = LoggerFactory.getLogger(DeploymentEventRelay.class);

    private final MongoTemplate mongo;
    private final StringRedisTemplate redis;
    private final DeploymentRelayProperties properties;

    public DeploymentEventRelay(MongoTemplate mongo, StringRedisTemplate redis, DeploymentRelayProperties properties) {
        this.mongo = mongo;
        this.redis = redis;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${devopstrack.deployments.relay-interval}")
    public void relayOnSchedule() {
        try {
            relay();
        } catch (DataAccessException e) {
            log.warn("Deployment relay: MongoDB unavailable ({})", e.getMessage());
        }
    }

    /** Publishes one batch; returns how many events reached the stream. Stops at the first Redis failure. */
    public int relay() {
        Query pending =
                Query.query(Criteria.where("deployments.published").is(false)).limit(properties.relayBatchSize());
        int published = 0;
        for (Project project : mongo.find(pending, Project.class)) {
            for (Deployment deployment : project.deployments()) {
                if (deployment.published()) {
                    continue;
                }
                try {
                    redis.opsForStream()
                            .add(StreamRecords.string(event(project, deployment))
                                    .withStreamKey(properties.stream()));
                } catch (DataAccessException e) {
                    log.warn("Deployment relay: Redis unavailable, deployments wait in MongoDB ({})", e.getMessage());
                    return published;
                }
                markPublished(project.id(), deployment.id());
                published++;
            }
        }
        return published;
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
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deploymentId", deployment.id());
        fields.put("projectId", project.id());
        fields.put("version", version.version());
        fields.put("commit", version.commit());
        fields.put("committedAt", version.committedOrCreatedAt().toString());
        fields.put("environment", deployment.environment());
        fields.put("status", deployment.status().name());
        fields.put("deployedAt", deployment.deployedAt().toString());
        return fields;
    }
}
