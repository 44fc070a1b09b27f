package io.devopstrack.projects.ingest;

import java.time.Instant;
import java.util.List;

import io.devopstrack.projects.hook.HookProperties;
import io.devopstrack.projects.incident.IncidentSources;
import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.NewDeliveries;
import io.devopstrack.projects.integration.Payloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbox relay of accepted deliveries: claims one (for {@code claim-time}, so that replicas share the work and a
 * dead one's claims expire), turns it into normalized events, applies them, then clears {@code pending}. A failure
 * (Redis or MongoDB down) leaves the claim to expire and the delivery is tried again: at-least-once, and every
 * step is idempotent (upserts by key, and tasks-service's ordering rules for run events).
 * <p>
 * The deliveries this process accepted are taken by id first ({@link NewDeliveries}); the query for any pending
 * delivery runs every {@code relay-sweep-interval} only. That query cannot use an index on the local MongoDB-wire
 * server (it serves unique indexes only, and only for an exact match on their keys) and reads every delivery ever
 * logged, which made the relay, and the hooks sharing the server with it, slower with every delivery.
 */
@Component
public class DeliveryRelay {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRelay.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MongoTemplate mongo;
    private final HookProperties properties;
    private final RunPublisher runs;
    private final CommitTimes commits;
    private final ExternalDeployments deployments;
    private final NewDeliveries newDeliveries;
    private final IncidentSources incidents;
    private Instant lastSweep = Instant.EPOCH;

    public DeliveryRelay(MongoTemplate mongo, HookProperties properties, RunPublisher runs, CommitTimes commits,
                         ExternalDeployments deployments, NewDeliveries newDeliveries, IncidentSources incidents) {
        this.mongo = mongo;
        this.properties = properties;
        this.runs = runs;
        this.commits = commits;
        this.deployments = deployments;
        this.newDeliveries = newDeliveries;
        this.incidents = incidents;
    }

    @Scheduled(fixedDelayString = "${devopstrack.hooks.relay-interval}")
    public void relayOnSchedule() {
        try {
            relay(Instant.now().isAfter(lastSweep.plus(properties.relaySweepInterval())));
        } catch (DataAccessException e) {
            log.warn("Delivery relay: store unavailable, deliveries wait ({})", e.getMessage());
        }
    }

    /** Handles up to one batch, looking for every pending delivery; returns how many deliveries were done. */
    public int relay() {
        return relay(true);
    }

    private int relay(boolean sweep) {
        int done = 0;
        for (String id = newDeliveries.next(); id != null; id = done < properties.relayBatchSize() ? newDeliveries.next() : null) {
            Delivery delivery = claimNew(id);
            if (delivery != null) {
                relay(delivery);
                done++;
            }
        }
        if (sweep) {
            lastSweep = Instant.now();
            for (Delivery delivery = done < properties.relayBatchSize() ? claim() : null; delivery != null;
                 delivery = done < properties.relayBatchSize() ? claim() : null) {
                relay(delivery);
                done++;
            }
        }
        return done;
    }

    private void relay(Delivery delivery) {
        apply(delivery, events(delivery));
        mongo.updateFirst(byId(delivery.id()), new Update().set("pending", false).unset("payload").unset("claimedUntil"),
                Delivery.class);
    }

    /**
     * A delivery this process accepted, claimed by its id alone (the one query MongoDB-wire answers from an index):
     * read, then claimed if nobody holds it. Two relays may both take it in between; the delivery is then relayed
     * twice, which the at-least-once contract already allows.
     */
    private Delivery claimNew(String id) {
        Instant now = Instant.now();
        Delivery delivery = mongo.findById(id, Delivery.class);
        if (delivery == null || !delivery.pending()
                || (delivery.claimedUntil() != null && delivery.claimedUntil().isAfter(now))) {
            return null;
        }
        mongo.updateFirst(byId(id), new Update().set("claimedUntil", now.plus(properties.claimTime())).inc("attempts", 1),
                Delivery.class);
        return delivery;
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private Delivery claim() {
        Instant now = Instant.now();
        Query pending = Query.query(Criteria.where("pending").is(true).orOperator(
                        Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)))
                .with(Sort.by("receivedAt", "_id"));
        return mongo.findAndModify(pending,
                new Update().set("claimedUntil", now.plus(properties.claimTime())).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), Delivery.class);
    }

    /** A payload that no longer parses (it did at intake) means nothing rather than blocking the relay. */
    static List<NormalizedEvent> events(Delivery delivery) {
        try {
            var payload = JSON.readTree(Payloads.gunzip(delivery.payload()));
            return switch (delivery.kind()) {
                case GITHUB -> GitHubMapper.map(delivery.event(), payload);
                case GITLAB -> GitLabMapper.map(delivery.event(), payload);
                case CDEVENTS -> CdEventsMapper.map(delivery.event(), payload);
                case ALERTMANAGER -> AlertmanagerMapper.map(payload);
            };
        } catch (RuntimeException e) {
            log.warn("Delivery {} of {} cannot be mapped: {}", delivery.deliveryId(), delivery.kind(), e.toString());
            return List.of();
        }
    }

    private void apply(Delivery delivery, List<NormalizedEvent> events) {
        for (NormalizedEvent event : events) {
            if (event instanceof CommitSeen commit) {
                commits.record(delivery.projectId(), commit);
            } else if (event instanceof DeploymentSeen deployment) {
                deployments.record(delivery.projectId(), deployment);
            } else if (event instanceof IncidentSeen incident) {
                incidents.record(delivery.projectId(), incident);
            } else {
                runs.publish(delivery.projectId(), delivery.deliveryId(), event);
            }
        }
    }
}
