package io.devopstrack.projects.hook;

import java.util.List;

/**
 * What an authenticated delivery says about itself: its id (the idempotency key), the event name, the event
 * JSON to keep, the repository URLs it names (empty when the source has none), and why it is IGNORED, if so.
 */
public record Received(
        String deliveryId, String event, byte[] payload, List<String> repositoryUrls, String ignoredReason) {}
