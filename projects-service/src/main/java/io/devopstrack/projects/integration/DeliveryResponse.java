package io.devopstrack.projects.integration;

import java.time.Instant;

public record DeliveryResponse(
        String deliveryId, String event, Instant receivedAt, DeliveryOutcome outcome, String detail) {

    static DeliveryResponse of(Delivery delivery) {
        return new DeliveryResponse(
                delivery.deliveryId(), delivery.event(), delivery.receivedAt(), delivery.outcome(), delivery.detail());
    }
}
