package io.devopstrack.projects.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Alertmanager {@code webhook_config} notifications (payload version 4) → one incident per alert fingerprint.
 * Environment from the alert's label {@code environment} or {@code env}, else {@code production}; title
 * {@code <alertname>: <summary annotation>}; detected at {@code startsAt}, resolved at {@code endsAt}. An alert that
 * fires again after it was resolved keeps its fingerprint but gets a new {@code startsAt}: a new incident, so the
 * source key is {@code <fingerprint> <startsAt>} (a resolved notification repeats the alert's {@code startsAt}).
 */
public final class AlertmanagerMapper {

    public static final String SOURCE = "alertmanager";
    private static final String DEFAULT_ENVIRONMENT = "production";

    private AlertmanagerMapper() {}

    public static List<NormalizedEvent> map(JsonNode notification) {
        List<NormalizedEvent> events = new ArrayList<>();
        for (JsonNode alert : notification.path("alerts")) {
            String fingerprint = Json.text(alert, "fingerprint");
            Instant startsAt = SourceTimes.at(alert, "startsAt");
            if (fingerprint == null || startsAt == null) {
                continue;
            }
            boolean resolved = "resolved".equals(Json.text(alert, "status"));
            Instant endsAt = resolved ? SourceTimes.at(alert, "endsAt") : null;
            events.add(new IncidentSeen(
                    SOURCE,
                    fingerprint,
                    fingerprint + " " + startsAt,
                    environment(alert),
                    title(alert),
                    startsAt,
                    resolved ? (endsAt != null ? endsAt : startsAt) : null));
        }
        return events;
    }

    private static String environment(JsonNode alert) {
        return Json.or(Json.firstText(alert, "labels.environment", "labels.env"), DEFAULT_ENVIRONMENT);
    }

    private static String title(JsonNode alert) {
        String name = Json.or(Json.text(alert, "labels.alertname"), "alert");
        String summary = Json.text(alert, "annotations.summary");
        String title = summary == null || summary.isBlank() ? name : name + ": " + summary;
        return title.length() > 200 ? title.substring(0, 200) : title;
    }
}
