package io.devopstrack.projects.integration;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The integrations' counts and last delivery times, raised in memory as deliveries are logged and written with one
 * {@code $inc}/{@code $max} per integration every {@code counts-interval} (1 s) and at shutdown: the integration
 * document every delivery of a busy hook shares is no longer written once per delivery. The delivery log is the
 * record; the listed counts are up to an interval late, and a process killed without its shutdown (SIGKILL, OOM)
 * leaves them short by what it had not written yet (at most an interval's worth); deliveries are never lost.
 * A write that fails is kept and tried again with the next one.
 */
@Component
public class DeliveryCounter {

    private static final Logger log = LoggerFactory.getLogger(DeliveryCounter.class);

    /** Mutated only inside the map's compute for its integration, so never while it is being flushed. */
    private static final class Tally {
        final Map<DeliveryOutcome, Long> counts = new EnumMap<>(DeliveryOutcome.class);
        Instant last;

        Tally add(DeliveryOutcome outcome, long n, Instant at) {
            counts.merge(outcome, n, Long::sum);
            last = last == null || at.isAfter(last) ? at : last;
            return this;
        }
    }

    private final MongoTemplate mongo;
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    public DeliveryCounter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void counted(String integrationId, DeliveryOutcome outcome, Instant receivedAt) {
        tallies.compute(
                integrationId, (id, tally) -> (tally == null ? new Tally() : tally).add(outcome, 1, receivedAt));
    }

    /** Writes what was counted since the last flush; returns how many integrations were written. */
    @Scheduled(fixedDelayString = "${devopstrack.integrations.counts-interval}")
    public int flush() {
        int written = 0;
        for (String integrationId : List.copyOf(tallies.keySet())) {
            Tally tally = tallies.remove(integrationId);
            if (tally == null) {
                continue;
            }
            try {
                write(integrationId, tally);
                written++;
            } catch (DataAccessException e) {
                tally.counts.forEach((outcome, n) -> tallies.compute(
                        integrationId,
                        (id, current) -> (current == null ? new Tally() : current).add(outcome, n, tally.last)));
                log.warn("Delivery counts of integration {} not written yet ({})", integrationId, e.getMessage());
            }
        }
        return written;
    }

    @PreDestroy
    void atShutdown() {
        flush();
    }

    private void write(String integrationId, Tally tally) {
        Update update = new Update().max("lastDeliveryAt", tally.last);
        tally.counts.forEach((outcome, n) -> update.inc(outcome.countField(), n));
        mongo.updateFirst(
                Query.query(Criteria.where("_id").is(new ObjectId(integrationId))), update, Integration.class);
    }
}
