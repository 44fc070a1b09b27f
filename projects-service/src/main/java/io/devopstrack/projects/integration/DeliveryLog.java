package io.devopstrack.projects.integration;

import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Writes delivery lines and counts them ({@link DeliveryCounter}). The insert is the durable record a 202 stands
 * for, and its only MongoDB write (grouped with the other requests' by {@link DeliveryInserts}); the counts follow
 * in memory, written once a second. An ACCEPTED line is then announced ({@link DeliveryRecorded}) to the relay.
 */
@Component
public record DeliveryLog(DeliveryInserts inserts, ApplicationEventPublisher events, DeliveryCounter counter) {

    /**
     * Records an authenticated delivery under its delivery id; returns false, and logs a DUPLICATE line
     * instead, when that id was seen before for this integration.
     */
    public boolean recordOnce(
            Integration integration,
            String deliveryId,
            String event,
            DeliveryOutcome outcome,
            String detail,
            byte[] payload,
            JsonNode parsed,
            Instant receivedAt) {
        if (insert(integration, deliveryId, deliveryId, event, outcome, detail, payload, parsed, receivedAt)) {
            return true;
        }
        insert(
                integration,
                randomKey(),
                deliveryId,
                event,
                DeliveryOutcome.DUPLICATE,
                "already received",
                null,
                null,
                receivedAt);
        return false;
    }

    public void rejected(Integration integration, String deliveryId, String event, String detail, Instant receivedAt) {
        insert(integration, randomKey(), deliveryId, event, DeliveryOutcome.REJECTED, detail, null, null, receivedAt);
    }

    /** False when the key was taken: nothing stored, nothing counted. */
    private boolean insert(
            Integration integration,
            String key,
            String deliveryId,
            String event,
            DeliveryOutcome outcome,
            String detail,
            byte[] payload,
            JsonNode parsed,
            Instant receivedAt) {
        boolean pending = outcome == DeliveryOutcome.ACCEPTED;
        String id = new ObjectId().toHexString();
        if (!inserts.insert(new Delivery(
                id,
                integration.id(),
                integration.projectId(),
                integration.kind(),
                key,
                deliveryId,
                event,
                receivedAt,
                outcome,
                detail,
                pending ? payload : null,
                pending,
                null,
                0))) {
            return false;
        }
        if (pending) {
            events.publishEvent(
                    new DeliveryRecorded(id, integration.projectId(), deliveryId, integration.kind(), event, parsed));
        }
        counter.counted(integration.id(), outcome, receivedAt);
        return true;
    }

    private static String randomKey() {
        return "~" + new ObjectId().toHexString();
    }
}
