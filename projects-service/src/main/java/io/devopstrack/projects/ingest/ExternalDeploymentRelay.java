package io.devopstrack.projects.ingest;

import io.devopstrack.projects.deployment.DeploymentRelayProperties;
import io.devopstrack.projects.outbox.OutboxRelay;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

    private final MongoTemplate mongo;
    private final DeploymentRelayProperties properties;
    private final OutboxRelay outbox;

    public ExternalDeploymentRelay(
            MongoTemplate mongo, StringRedisTemplate redis, DeploymentRelayProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
        this.outbox = new OutboxRelay(redis, "hook deployments");
    }

    @Scheduled(fixedDelayString = "${devopstrack.deployments.relay-interval}")
    public void relayOnSchedule() {
        outbox.onSchedule(this::relay);
    }

    /** Publishes one batch; returns how many events reached the stream. */
    public int relay() {
        Query pending = Query.query(Criteria.where("published").is(false)).limit(properties.relayBatchSize());
        return outbox.send(
                properties.stream(),
                mongo.find(pending, ExternalDeployment.class),
                deployment -> deployment.event().fields(),
                deployment -> OutboxRelay.markRevisionSent(
                        mongo, ExternalDeployment.class, deployment.id(), deployment.revision()));
    }
}
