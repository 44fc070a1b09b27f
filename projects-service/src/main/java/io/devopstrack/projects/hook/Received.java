package io.devopstrack.projects.hook;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What an authenticated delivery says about itself: its id (the idempotency key), the event name, the event
 * JSON to keep, the repository URLs it names (empty when the source has none), why it is IGNORED, if so, and the
 * JSON as the hook parsed it (so that the relay need not parse it again).
 */
public record Received(
        String deliveryId,
        String event,
        byte[] payload,
        List<String> repositoryUrls,
        String ignoredReason,
        JsonNode parsed) {}
