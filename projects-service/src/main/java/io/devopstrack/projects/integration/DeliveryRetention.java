package io.devopstrack.projects.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the delivery log's settled lines (relayed, rejected, duplicate) received more than
 * {@code delivery-retention} ago, a batch of ids at a time, so that no delete holds the collection for long. A
 * pending line is never deleted, whatever its age: it is the relay's record. Safe on several replicas (a line
 * deleted twice is deleted once). Not a TTL index: the local MongoDB-wire server has no TTL monitor.
 */
@Component
public record DeliveryRetention(MongoTemplate mongo, Clock clock, IntegrationProperties properties) {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetention.class);
    private static final int BATCH = 1_000;
    /** A sweep stops after this many batches, and the next one goes on: the scheduler's other tasks get a turn. */
    private static final int BATCHES_PER_SWEEP = 50;

    /** Returns how many lines were deleted. */
    @Scheduled(
            fixedDelayString = "${devopstrack.integrations.delivery-retention-sweep-interval}",
            initialDelayString = "${devopstrack.integrations.delivery-retention-sweep-interval}")
    public long sweep() {
        Instant cutoff = clock.instant().minus(properties.deliveryRetention());
        long deleted = 0;
        try {
            for (int batch = 0; batch < BATCHES_PER_SWEEP; batch++) {
                List<ObjectId> ids = settledBefore(cutoff);
                if (!ids.isEmpty()) {
                    deleted += mongo.remove(Query.query(Criteria.where("_id").in(ids)), Delivery.COLLECTION)
                            .getDeletedCount();
                }
                if (ids.size() < BATCH) {
                    break;
                }
            }
        } catch (DataAccessException e) {
            log.warn("Delivery log retention: store unavailable, tried again later ({})", e.getMessage());
        }
        if (deleted > 0) {
            log.info("Deleted {} delivery-log lines received before {}", deleted, cutoff);
        }
        return deleted;
    }

    private List<ObjectId> settledBefore(Instant cutoff) {
        Query settled = Query.query(
                        Criteria.where("pending").is(false).and("receivedAt").lt(cutoff))
                .limit(BATCH);
        settled.fields().include("_id");
        return mongo.find(settled, Document.class, Delivery.COLLECTION).stream()
                .map(line -> line.getObjectId("_id"))
                .toList();
    }
}
