package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.IntegrationKind;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Prometheus Alertmanager {@code webhook_config} notifications (payload version 4), authenticated by
 * {@code Authorization: Bearer <secret>} ({@code http_config.authorization.credentials_file}). One notification is
 * one delivery, whose id is the group key and each alert's fingerprint and status,
 * {@code <groupKey> <fingerprint>:<status> …} (sorted by fingerprint), or {@code sha256:<hex>} of that text beyond
 * 512 characters: Alertmanager's repeats of an unchanged group are DUPLICATE, a change in the group is new.
 */
@Component
class AlertmanagerHook implements HookSource {

    private static final int MAX_READABLE_ID = 512;

    @Override
    public IntegrationKind kind() {
        return IntegrationKind.ALERTMANAGER;
    }

    @Override
    public Received read(HookRequest request) {
        JsonNode notification = JsonBodies.object(request.body());
        String groupKey = JsonBodies.text(notification, "groupKey");
        String status = JsonBodies.text(notification, "status");
        JsonNode alerts = notification.path("alerts");
        if (groupKey == null || status == null || !alerts.isArray()) {
            throw new BadHookBody("An Alertmanager notification needs groupKey, status and alerts.");
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode alert : alerts) {
            String fingerprint = JsonBodies.text(alert, "fingerprint");
            String alertStatus = JsonBodies.text(alert, "status");
            if (fingerprint == null || alertStatus == null || JsonBodies.text(alert, "startsAt") == null) {
                throw new BadHookBody("Every alert needs fingerprint, status and startsAt.");
            }
            parts.add(fingerprint + ":" + alertStatus);
        }
        parts.sort(null);
        String ignored = parts.isEmpty() ? "a notification without alerts carries nothing for DevOpsTrack" : null;
        return new Received(deliveryId(groupKey, parts), status, request.body(), List.of(), ignored, notification);
    }

    private static String deliveryId(String groupKey, List<String> alerts) {
        String readable = groupKey + " " + String.join(" ", alerts);
        return readable.length() <= MAX_READABLE_ID
                ? readable
                : "sha256:" + HexFormat.of().formatHex(Secrets.sha256(readable));
    }

    /** Alertmanager sends no header naming the delivery; a rejected one's line says only the event. */
    @Override
    public String claimedDeliveryId(HookRequest request) {
        return null;
    }

    @Override
    public String claimedEvent(HookRequest request) {
        return "alertmanager";
    }
}
