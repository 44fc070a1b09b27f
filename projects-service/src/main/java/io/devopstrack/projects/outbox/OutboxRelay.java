package io.devopstrack.projects.outbox;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What the outbox relays share: each pending document's event goes to its Redis stream, then the document is
 * marked sent. A crash between the two sends it again (at-least-once; metrics-service keeps one event per id). The
 * first Redis failure ends the batch and the rest wait in MongoDB for the next one; so does a MongoDB failure,
 * which {@link #onSchedule} reports.
 *
 * @param what the documents relayed, as the log lines name them ("deployments", "incidents")
 */
public record OutboxRelay(StringRedisTemplate redis, String what) {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Runs one batch for the scheduler, which is not to see a failure of MongoDB. */
    public void onSchedule(IntSupplier batch) {
        try {
            batch.getAsInt();
        } catch (DataAccessException e) {
            log.warn("Outbox relay: MongoDB unavailable, {} wait ({})", what, e.getMessage());
        }
    }

    /** Sends the pending documents in their order; returns how many events reached the stream. */
    public <T> int send(
            String stream, Iterable<T> pending, Function<T, Map<String, String>> event, Consumer<T> markSent) {
        int sent = 0;
        for (T document : pending) {
            try {
                redis.opsForStream()
                        .add(StreamRecords.string(event.apply(document)).withStreamKey(stream));
            } catch (DataAccessException e) {
                log.warn("Outbox relay: Redis unavailable, {} wait in MongoDB ({})", what, e.getMessage());
                return sent;
            }
            markSent.accept(document);
            sent++;
        }
        return sent;
    }

    /** Marks only the revision that was sent: a change made meanwhile stays unpublished and goes next time. */
    public static void markRevisionSent(MongoTemplate mongo, Class<?> type, String id, long revision) {
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(id).and("revision").is(revision)),
                new Update().set("published", true),
                type);
    }
}
