package io.devopstrack.projects.integration;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The unique (integrationId, key) index is what makes a redelivery a DUPLICATE; created at start and retried
 * every 30 s while MongoDB is down, like ProjectIndexes.
 */
@Component
public class IntegrationIndexes {

    private static final Logger log = LoggerFactory.getLogger(IntegrationIndexes.class);

    private final MongoTemplate mongo;
    private final AtomicBoolean created = new AtomicBoolean();

    public IntegrationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        ensure();
    }

    @Scheduled(initialDelayString = "30s", fixedDelayString = "30s")
    public void ensure() {
        if (created.get()) {
            return;
        }
        try {
            mongo.indexOps(Integration.class)
                    .createIndex(new Index().on("projectId", Sort.Direction.ASC).named("projectId"));
            var deliveries = mongo.indexOps(Delivery.class);
            deliveries.createIndex(new Index()
                    .on("integrationId", Sort.Direction.ASC)
                    .on("key", Sort.Direction.ASC)
                    .unique()
                    .named("integration_key_unique"));
            deliveries.createIndex(new Index()
                    .on("integrationId", Sort.Direction.ASC)
                    .on("receivedAt", Sort.Direction.DESC)
                    .named("integration_receivedAt"));
            deliveries.createIndex(new Index().on("pending", Sort.Direction.ASC).named("pending"));
            var deployments = mongo.indexOps("external_deployments");
            deployments.createIndex(new Index()
                    .on("projectId", Sort.Direction.ASC)
                    .on("source", Sort.Direction.ASC)
                    .on("externalId", Sort.Direction.ASC)
                    .unique()
                    .named("project_source_externalId_unique"));
            deployments.createIndex(
                    new Index().on("published", Sort.Direction.ASC).named("published"));
            created.set(true);
            log.info("MongoDB indexes of {} and {} ready", Integration.COLLECTION, Delivery.COLLECTION);
        } catch (RuntimeException e) {
            log.warn("Cannot create MongoDB indexes of integrations yet ({}); retrying in 30 s", e.getMessage());
        }
    }
}
