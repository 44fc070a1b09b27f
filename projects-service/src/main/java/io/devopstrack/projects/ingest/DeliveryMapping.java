package io.devopstrack.projects.ingest;

import io.devopstrack.projects.integration.IntegrationKind;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What a delivery's JSON says, as normalized events, by the kind of integration it came to. */
final class DeliveryMapping {

    private DeliveryMapping() {}

    static List<NormalizedEvent> map(IntegrationKind kind, String event, JsonNode payload) {
        return switch (kind) {
            case GITHUB -> GitHubMapper.map(event, payload);
            case GITLAB -> GitLabMapper.map(event, payload);
            case CDEVENTS -> CdEventsMapper.map(event, payload);
            case ALERTMANAGER -> AlertmanagerMapper.map(payload);
        };
    }
}
