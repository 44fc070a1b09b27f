package io.devopstrack.projects.integration;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * What the log keeps of one delivery: the sender's delivery id and event, how it was answered and why, and for an
 * ACCEPTED one its gzipped payload and parsed body (the relay's input).
 */
public record DeliveryLine(
        String deliveryId,
        String event,
        DeliveryOutcome outcome,
        String detail,
        byte[] payload,
        JsonNode parsed,
        Instant receivedAt) {

    public static DeliveryLine rejected(String deliveryId, String event, String detail, Instant receivedAt) {
        return new DeliveryLine(deliveryId, event, DeliveryOutcome.REJECTED, detail, null, null, receivedAt);
    }

    /** The line a redelivery of an id already seen is logged as. */
    DeliveryLine duplicate() {
        return new DeliveryLine(
                deliveryId, event, DeliveryOutcome.DUPLICATE, "already received", null, null, receivedAt);
    }
}
