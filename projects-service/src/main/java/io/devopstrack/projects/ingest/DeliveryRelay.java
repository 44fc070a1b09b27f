package io.devopstrack.projects.ingest;

import io.devopstrack.projects.hook.HookProperties;
import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.Payloads;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox relay of accepted deliveries, a batch ({@code relay-batch-size}) at a time: turns them into normalized
 * events, applies commits, deployments and incidents, puts the run events on Redis in one pipelined round trip,
 * then clears {@code pending} with one update. A failure (Redis or MongoDB down, also halfway through a batch)
 * marks none of the batch done: it is tried again, at-least-once, and every step is idempotent (upserts by key,
 * and tasks-service's ordering rules for run events).
 * <p>
 * The deliveries this process accepted come from memory ({@link NewDeliveries}), already mapped at the hook and
 * unclaimed, and a failed batch of them comes back from there to be read from its records. Every
 * {@code relay-sweep-interval} (and at start) a sweep claims, for {@code claim-time}, any delivery pending for
 * longer than a claim: another process's that died, or a hint lost in a restart. It reads the pending deliveries
 * through the {@code pending} index (also on the local MongoDB-wire server, whose single-field indexes answer
 * equality queries).
 */
@Component
public class DeliveryRelay {

    /** A pass ends after this many batches, so that the scheduler's other tasks (counts, other relays) get a turn. */
    private static final int BATCHES_PER_PASS = 5;

    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(DeliveryRelay.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HookProperties properties;
    private final DeliveryClaims claims;
    private final NewDeliveries newDeliveries;
    private final RelayedEvents events;
    /** The {@link System#nanoTime()} from which the next sweep is due (an interval, not a time of day): at start. */
    private long nextSweepNanos = System.nanoTime();

    public DeliveryRelay(
            HookProperties properties, DeliveryClaims claims, NewDeliveries newDeliveries, RelayedEvents events) {
        this.properties = properties;
        this.claims = claims;
        this.newDeliveries = newDeliveries;
        this.events = events;
    }

    @Scheduled(fixedDelayString = "${devopstrack.hooks.relay-interval}")
    public void relayOnSchedule() {
        if (System.nanoTime() - nextSweepNanos >= 0) {
            // only what has waited longer than a claim: younger deliveries are their own process's to relay
            relay(true, properties.claimTime());
        } else {
            relay(false, null);
        }
    }

    /** One pass, looking for every pending delivery; returns how many deliveries were done. */
    public int relay() {
        return relay(true, Duration.ofSeconds(-1));
    }

    private int relay(boolean sweep, Duration minAge) {
        int done = 0;
        try {
            for (int batch = 0; batch < BATCHES_PER_PASS; batch++) {
                List<NewDeliveries.Hint> hints = newDeliveries.next(properties.relayBatchSize());
                if (hints.isEmpty()) {
                    break;
                }
                done += relayAccepted(hints);
            }
            if (sweep) {
                nextSweepNanos =
                        System.nanoTime() + properties.relaySweepInterval().toNanos();
                for (int batch = 0; batch < BATCHES_PER_PASS; batch++) {
                    List<Delivery> pending = claims.claimPending(properties.relayBatchSize(), minAge);
                    int relayed =
                            relay(pending.stream().map(DeliveryRelay::mapped).toList());
                    done += relayed;
                    if (relayed == 0) {
                        break;
                    }
                }
            }
        } catch (DataAccessException e) {
            log.warn(
                    "Delivery relay: store unavailable, deliveries wait for their claims to expire ({})",
                    e.getMessage());
        }
        return done;
    }

    /**
     * This process's deliveries, mapped at the hook or else read from their records. When the batch fails, its ids
     * come back a little later: no sweep is needed for them.
     */
    private int relayAccepted(List<NewDeliveries.Hint> hints) {
        try {
            List<NewDeliveries.Hint> batch = new ArrayList<>();
            List<String> toRead = new ArrayList<>();
            for (NewDeliveries.Hint hint : hints) {
                if (hint.events() != null) {
                    batch.add(hint);
                } else {
                    toRead.add(hint.id());
                }
            }
            Set<String> pending = claims.stillPending(
                    batch.stream().map(NewDeliveries.Hint::id).toList());
            batch.removeIf(hint -> !pending.contains(hint.id()));
            claims.takeAccepted(toRead).forEach(delivery -> batch.add(mapped(delivery)));
            return relay(batch);
        } catch (DataAccessException e) {
            newDeliveries.retryAfter(hints.stream().map(NewDeliveries.Hint::id).toList(), RETRY_AFTER);
            throw e;
        }
    }

    private int relay(List<NewDeliveries.Hint> batch) {
        events.apply(batch);
        claims.done(batch.stream().map(NewDeliveries.Hint::id).toList());
        return batch.size();
    }

    private static NewDeliveries.Hint mapped(Delivery delivery) {
        return new NewDeliveries.Hint(delivery.id(), delivery.projectId(), delivery.deliveryId(), events(delivery));
    }

    /** A payload that no longer parses (it did at intake) means nothing rather than blocking the relay. */
    static List<NormalizedEvent> events(Delivery delivery) {
        try {
            return DeliveryMapping.map(
                    delivery.kind(), delivery.event(), JSON.readTree(Payloads.gunzip(delivery.payload())));
        } catch (RuntimeException e) {
            log.warn("Delivery {} of {} cannot be mapped: {}", delivery.deliveryId(), delivery.kind(), e.toString());
            return List.of();
        }
    }
}
