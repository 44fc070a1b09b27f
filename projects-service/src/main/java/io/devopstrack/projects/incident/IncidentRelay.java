package io.devopstrack.projects.incident;

import io.devopstrack.projects.outbox.OutboxRelay;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Outbox relay: sends every incident whose latest revision is unpublished to the Redis stream, then marks that
 * revision (only that one: a change made meanwhile stays unpublished and goes next time). A crash between the two
 * sends the revision again (at-least-once); metrics-service keeps the latest revision per incidentId. While Redis
 * is down the relay stops at the first failure and the incidents wait in MongoDB.
 */
@Component
public record IncidentRelay(MongoTemplate mongo, StringRedisTemplate redis, IncidentProperties properties) {

    @Scheduled(fixedDelayString = "${devopstrack.incidents.relay-interval}")
    public void relayOnSchedule() {
        outbox().onSchedule(this::relay);
    }

    /** Publishes one batch; returns how many events reached the stream. */
    public int relay() {
        Query pending = Query.query(Criteria.where("published").is(false))
                .with(Sort.by("updatedAt", "_id"))
                .limit(properties.relayBatchSize());
        return outbox().send(
                        properties.stream(),
                        mongo.find(pending, Incident.class),
                        incident -> incident.event().fields(),
                        incident -> OutboxRelay.markRevisionSent(
                                mongo, Incident.class, incident.id(), incident.revision()));
    }

    private OutboxRelay outbox() {
        return new OutboxRelay(redis, "incidents");
    }
}
