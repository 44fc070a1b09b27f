package io.devopstrack.projects.integration;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One line of an integration's delivery log, and for an accepted delivery also the outbox record the relay
 * works from. {@code key} is unique per integration: the delivery id for an authenticated delivery (so a
 * redelivery breaks the index and is answered DUPLICATE), a random one for REJECTED and DUPLICATE lines (so an
 * unauthenticated request cannot take a delivery id away from the real sender). {@code payload} is the event
 * JSON, gzipped (a 25 MB body must fit MongoDB's 16 MB document); {@code pending} is true until the relay has
 * turned an accepted delivery into events.
 */
@Document(Delivery.COLLECTION)
@CompoundIndex(name = "integration_key_unique", def = "{'integrationId': 1, 'key': 1}", unique = true)
@CompoundIndex(name = "integration_receivedAt", def = "{'integrationId': 1, 'receivedAt': -1}")
public record Delivery(
        @Id String id,
        String integrationId,
        String projectId,
        IntegrationKind kind,
        String key,
        String deliveryId,
        String event,
        Instant receivedAt,
        DeliveryOutcome outcome,
        String detail,
        byte[] payload,
        @Indexed(name = "pending") boolean pending,
        Instant claimedUntil,
        int attempts) {

    public static final String COLLECTION = "deliveries";
}
