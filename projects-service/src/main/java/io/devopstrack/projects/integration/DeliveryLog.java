package io.devopstrack.projects.integration;

import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

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
    public boolean recordOnce(Integration integration, DeliveryLine line) {
        if (insert(integration, line.deliveryId(), line)) {
            return true;
        }
        insert(integration, randomKey(), line.duplicate());
        return false;
    }

    /** A delivery refused before it was read (a wrong signature, a body that is not a hook's). */
    public void rejected(Integration integration, DeliveryLine line) {
        insert(integration, randomKey(), line);
    }

    /** False when the key was taken: nothing stored, nothing counted. */
    private boolean insert(Integration integration, String key, DeliveryLine line) {
        boolean pending = line.outcome() == DeliveryOutcome.ACCEPTED;
        String id = new ObjectId().toHexString();
        if (!inserts.insert(new Delivery(
                id,
                integration.id(),
                integration.projectId(),
                integration.kind(),
                key,
                line.deliveryId(),
                line.event(),
                line.receivedAt(),
                line.outcome(),
                line.detail(),
                pending ? line.payload() : null,
                pending,
                null,
                0))) {
            return false;
        }
        if (pending) {
            events.publishEvent(new DeliveryRecorded(
                    id, integration.projectId(), line.deliveryId(), integration.kind(), line.event(), line.parsed()));
        }
        counter.counted(integration.id(), line.outcome(), line.receivedAt());
        return true;
    }

    private static String randomKey() {
        return "~" + new ObjectId().toHexString();
    }
}
