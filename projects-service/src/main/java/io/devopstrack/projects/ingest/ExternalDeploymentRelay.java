package io.devopstrack.projects.ingest;

import io.devopstrack.projects.deployment.DeploymentRelayProperties;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Sends hook deployments to the same stream as manual ones ({@code devopstrack:{jobs}:deployments}), with {@code source}.
 * Until the commit's time is known, {@code committedAt} is the deployment's own time (lead time 0); when it is
 * learnt the deployment is sent again with the same deploymentId, which metrics-service stores over the first.
 */
@Component
public class ExternalDeploymentRelay {

    private static final Logger log = LoggerFactory.getLogger(ExternalDeploymentRelay.class);

    private final MongoTemplate mongo;
    private final StringRedisTemplate redis;
    private final DeploymentRelayProperties properties;

    public ExternalDeploymentRelay(
            MongoTemplate mongo, StringRedisTemplate redis, DeploymentRelayProperties properties) {
        this.mongo = mongo;
        this.redis = redis;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${devopstrack.deployments.relay-interval}")
    public void relayOnSchedule() {
        try {
            relay();
        } catch (DataAccessException e) {
            log.warn("Hook deployment relay: store unavailable, deployments wait ({})", e.getMessage());
        }
    }

    public int relay() {
        int published = 0;
        Query pending = Query.query(Criteria.where("published").is(false)).limit(properties.relayBatchSize());
        for (ExternalDeployment deployment : mongo.find(pending, ExternalDeployment.class)) {
            redis.opsForStream().add(StreamRecords.string(event(deployment)).withStreamKey(properties.stream()));
            // only the revision that was sent: a correction made meanwhile stays unpublished and goes next time
            mongo.updateFirst(
                    Query.query(Criteria.where("_id")
                            .is(deployment.id())
                            .and("revision")
                            .is(deployment.revision())),
                    new Update().set("published", true),
                    ExternalDeployment.class);
            published++;
        }
        return published;
    }

    static Map<String, String> event(ExternalDeployment deployment) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deploymentId", deployment.id());
        fields.put("projectId", deployment.projectId());
        fields.put("version", deployment.version() == null ? "" : deployment.version());
        fields.put("commit", deployment.commit() == null ? "" : deployment.commit());
        fields.put(
                "committedAt",
                (deployment.committedAt() != null ? deployment.committedAt() : deployment.deployedAt()).toString());
        fields.put("environment", deployment.environment());
        fields.put("status", deployment.status().name());
        fields.put("deployedAt", deployment.deployedAt().toString());
        fields.put("source", deployment.source());
        return fields;
    }
}
