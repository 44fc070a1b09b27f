package io.devopstrack.projects.integration;

import io.devopstrack.projects.config.IndexSet;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/** The unique (integrationId, key) index is what makes a redelivery a DUPLICATE. */
@Component
class IntegrationIndexes implements IndexSet {

    @Override
    public String name() {
        return Integration.COLLECTION + " and " + Delivery.COLLECTION;
    }

    @Override
    public void create(MongoTemplate mongo) {
        mongo.indexOps(Integration.class)
                .createIndex(new Index().on("projectId", Sort.Direction.ASC).named("projectId"));
        IndexOperations deliveries = mongo.indexOps(Delivery.class);
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
    }
}
