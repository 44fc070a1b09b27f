package io.devopstrack.projects.ingest;

import io.devopstrack.projects.hook.HookProperties;
import io.devopstrack.projects.integration.Delivery;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The relay's claims, a batch at a time: one read and one {@code updateMulti} to claim (for {@code claim-time}),
 * one {@code updateMulti} to mark done. Reading then claiming is not atomic: two relays may both take a delivery
 * in between and relay it twice, which the at-least-once contract allows (every step downstream is idempotent).
 * Queries by {@code _id} alone are the ones the MongoDB-wire server answers from an index (also for {@code $in}).
 */
@Component
class DeliveryClaims {

    private final MongoTemplate mongo;
    private final HookProperties properties;

    DeliveryClaims(MongoTemplate mongo, HookProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    /** Those of these deliveries (this process accepted them) still pending and not claimed, now claimed. */
    List<Delivery> claimAccepted(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = Instant.now();
        List<Delivery> claimable = mongo.find(byIds(ids), Delivery.class).stream()
                .filter(delivery -> delivery.pending()
                        && (delivery.claimedUntil() == null
                                || !delivery.claimedUntil().isAfter(now)))
                .toList();
        return claim(claimable, now);
    }

    /** The oldest pending deliveries not claimed (or whose claim expired), at most {@code max}, now claimed. */
    List<Delivery> claimPending(int max) {
        Instant now = Instant.now();
        Query pending = Query.query(Criteria.where("pending")
                        .is(true)
                        .orOperator(
                                Criteria.where("claimedUntil").is(null),
                                Criteria.where("claimedUntil").lt(now)))
                .with(Sort.by("receivedAt", "_id"))
                .limit(max);
        return claim(mongo.find(pending, Delivery.class), now);
    }

    /** Relayed: no longer pending, payload dropped; the line stays in the delivery log. */
    void done(List<Delivery> deliveries) {
        if (!deliveries.isEmpty()) {
            mongo.updateMulti(
                    byIds(deliveries.stream().map(Delivery::id).toList()),
                    new Update().set("pending", false).unset("payload").unset("claimedUntil"),
                    Delivery.class);
        }
    }

    private List<Delivery> claim(List<Delivery> deliveries, Instant now) {
        if (!deliveries.isEmpty()) {
            mongo.updateMulti(
                    byIds(deliveries.stream().map(Delivery::id).toList()),
                    new Update()
                            .set("claimedUntil", now.plus(properties.claimTime()))
                            .inc("attempts", 1),
                    Delivery.class);
        }
        return deliveries;
    }

    private static Query byIds(List<String> ids) {
        return Query.query(Criteria.where("_id").in(ids));
    }
}
