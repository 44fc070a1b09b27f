package io.devopstrack.projects.integration;

import java.time.Instant;

import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes delivery lines and counts them ({@link DeliveryCounter}). The insert is the durable record a 202 stands
 * for, and its only MongoDB write; the counts follow in memory, written once a second.
 */
@Component
public class DeliveryLog {

    private final MongoTemplate mongo;
    private final NewDeliveries newDeliveries;
    private final DeliveryCounter counter;

    public DeliveryLog(MongoTemplate mongo, NewDeliveries newDeliveries, DeliveryCounter counter) {
        this.mongo = mongo;
        this.newDeliveries = newDeliveries;
        this.counter = counter;
    }

    /**
     * Records an authenticated delivery under its delivery id; returns false, and logs a DUPLICATE line
     * instead, when that id was seen before for this integration.
     */
    public boolean recordOnce(Integration integration, String deliveryId, String event, DeliveryOutcome outcome,
                              String detail, byte[] payload, Instant receivedAt) {
        try {
            insert(integration, deliveryId, deliveryId, event, outcome, detail, payload, receivedAt);
            return true;
        } catch (DuplicateKeyException seen) {
            insert(integration, randomKey(), deliveryId, event, DeliveryOutcome.DUPLICATE, "already received", null,
                    receivedAt);
            return false;
        }
    }

    public void rejected(Integration integration, String deliveryId, String event, String detail, Instant receivedAt) {
        insert(integration, randomKey(), deliveryId, event, DeliveryOutcome.REJECTED, detail, null, receivedAt);
    }

    private void insert(Integration integration, String key, String deliveryId, String event, DeliveryOutcome outcome,
                        String detail, byte[] payload, Instant receivedAt) {
        boolean pending = outcome == DeliveryOutcome.ACCEPTED;
        Delivery inserted = mongo.insert(new Delivery(null, integration.id(), integration.projectId(),
                integration.kind(), key, deliveryId, event, receivedAt, outcome, detail, pending ? payload : null,
                pending, null, 0));
        if (pending) {
            newDeliveries.accepted(inserted.id());
        }
        counter.counted(integration.id(), outcome, receivedAt);
    }

    private static String randomKey() {
        return "~" + new ObjectId().toHexString();
    }
}
