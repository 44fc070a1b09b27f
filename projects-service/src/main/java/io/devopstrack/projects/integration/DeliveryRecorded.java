package io.devopstrack.projects.integration;

import tools.jackson.databind.JsonNode;

/**
 * Published in the hook's request once an ACCEPTED delivery's line is stored, before the hook answers: {@code id}
 * is the line's, {@code payload} the body as the hook parsed it (null when it was not kept).
 */
public record DeliveryRecorded(
        String id, String projectId, String deliveryId, IntegrationKind kind, String event, JsonNode payload) {}
