package io.devopstrack.projects.ingest;

import java.time.Instant;
import java.util.List;

import io.devopstrack.projects.hook.HookProperties;
import io.devopstrack.projects.incident.IncidentSources;
import io.devopstrack.projects.integration.Delivery;
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
    private final IncidentSources incidents;

    public DeliveryRelay(MongoTemplate mongo, HookProperties properties, RunPublisher runs, CommitTimes commits,
                         ExternalDeployments deployments, IncidentSources incidents) {
        this.mongo = mongo;
        this.properties = properties;
        this.runs = runs;
        this.commits = commits;
        this.deployments = deployments;
        this.incidents = incidents;
    }

    @Scheduled(fixedDelayString = "${devopstrack.hooks.relay-interval}")
    public void relayOnSchedule() {
        try {
            relay();
        } catch (DataAccessException e) {
            log.warn("Delivery relay: store unavailable, deliveries wait ({})", e.getMessage());
        }
    }

    /** Handles up to one batch; returns how many deliveries were done. */
    public int relay() {
        int done = 0;
        for (Delivery delivery = claim(); delivery != null; delivery = done < properties.relayBatchSize() ? claim() : null) {
            apply(delivery, events(delivery));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())),
                    new Update().set("pending", false).unset("payload").unset("claimedUntil"), Delivery.class);
            done++;
        }
        return done;
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
