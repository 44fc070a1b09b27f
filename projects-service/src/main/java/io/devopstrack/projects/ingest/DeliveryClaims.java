package io.devopstrack.projects.ingest;

import io.devopstrack.projects.hook.HookProperties;
import io.devopstrack.projects.integration.Delivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The relay's claims, a batch at a time: the deliveries this process accepted are read by id and not claimed; a
 * sweep's are read and claimed (for {@code claim-time}) with one {@code updateMulti}; one {@code updateMulti} marks
 * a batch done. Reading then claiming is not atomic: two relays may both take a delivery
 * in between and relay it twice, which the at-least-once contract allows (every step downstream is idempotent).
 * The MongoDB-wire server answers queries by {@code _id} alone (also {@code $in}) and by {@code pending} from its
 * indexes.
 */
@Component
record DeliveryClaims(MongoTemplate mongo, HookProperties properties, Clock clock) {

    /**
     * Those of these deliveries (this process accepted them) still pending and not claimed by a sweep. They are not
     * claimed: no other process knows their ids, and a sweep only takes deliveries older than {@code claim-time}.
     */
    List<Delivery> takeAccepted(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return mongo.find(byIds(ids), Delivery.class).stream()
                .filter(delivery -> relayable(delivery.pending(), delivery.claimedUntil(), now))
                .toList();
    }

    /**
     * Which of these ids are deliveries still pending and not claimed by a sweep, read without their payloads (for
     * the deliveries the relay has in memory already: one deleted meanwhile, or already relayed, is left out).
     */
    Set<String> stillPending(List<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Instant now = clock.instant();
        // by ObjectId: a query on a bare collection name does not convert the ids as an entity's query does
        Query query = Query.query(
                Criteria.where("_id").in(ids.stream().map(ObjectId::new).toList()));
        query.fields().include("pending", "claimedUntil");
        return mongo.find(query, Document.class, Delivery.COLLECTION).stream()
                .filter(line -> relayable(
                        Boolean.TRUE.equals(line.getBoolean("pending")),
                        line.getDate("claimedUntil") == null
                                ? null
                                : line.getDate("claimedUntil").toInstant(),
                        now))
                .map(line -> line.getObjectId("_id").toHexString())
                .collect(Collectors.toSet());
    }

    /**
     * The oldest pending deliveries received at least {@code minAge} ago (negative: any) and not claimed (or whose
     * claim expired), at most {@code max}, now claimed.
     */
    List<Delivery> claimPending(int max, Duration minAge) {
        Instant now = clock.instant();
        Query pending = Query.query(Criteria.where("pending")
                        .is(true)
                        .and("receivedAt")
                        .lt(now.minus(minAge))
                        .orOperator(
                                Criteria.where("claimedUntil").is(null),
                                Criteria.where("claimedUntil").lt(now)))
                .with(Sort.by("receivedAt", "_id"))
                .limit(max);
        return claim(mongo.find(pending, Delivery.class), now);
    }

    /** Relayed: no longer pending, payload dropped; the line stays in the delivery log. */
    void done(List<String> ids) {
        if (!ids.isEmpty()) {
            mongo.updateMulti(
                    byIds(ids),
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

    /** Still to relay, and not held by a sweep's claim. */
    private static boolean relayable(boolean pending, Instant claimedUntil, Instant now) {
        return pending && (claimedUntil == null || !claimedUntil.isAfter(now));
    }

    private static Query byIds(List<String> ids) {
        return Query.query(Criteria.where("_id").in(ids));
    }
}
