package io.devopstrack.projects.integration;

import java.time.Instant;

/** An integration as listed: never its secret. */
public record IntegrationResponse(
        String id,
        IntegrationKind kind,
        String hookPath,
        Instant createdAt,
        Instant lastDeliveryAt,
        DeliveryCounts counts) {

    static IntegrationResponse of(Integration integration) {
        return new IntegrationResponse(
                integration.id(),
                integration.kind(),
                integration.kind().hookPath(integration.id()),
                integration.createdAt(),
                integration.lastDeliveryAt(),
                integration.counts());
    }
}
