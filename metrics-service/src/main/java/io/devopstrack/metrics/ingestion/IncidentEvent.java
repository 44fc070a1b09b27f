package io.devopstrack.metrics.ingestion;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * One revision of an incident, as projects-service publishes it on {@code devopstrack:incidents}: {@code revision}
 * grows with every change of that incident, {@code resolvedAt} is null while it is open, {@code deploymentId} and
 * {@code linkedBy} are empty when projects-service named no deployment.
 */
record IncidentEvent(
        String incidentId,
        String projectId,
        String environment,
        String title,
        String status,
        Instant detectedAt,
        Instant resolvedAt,
        String deploymentId,
        String linkedBy,
        String source,
        String externalId,
        long revision) {

    static final Set<String> STATUSES = Set.of("OPEN", "RESOLVED");
    static final Set<String> LINKED_BY = Set.of("AUTO", "MANUAL", "");

    static IncidentEvent from(Map<String, String> body) {
        EventFields fields = new EventFields(body);
        String status = fields.oneOf("status", STATUSES);
        Instant resolvedAt = fields.optionalInstant("resolvedAt");
        if (status.equals("RESOLVED") && resolvedAt == null) {
            throw new InvalidEvent("a RESOLVED incident needs resolvedAt");
        }
        String linkedBy = fields.optionalText("linkedBy");
        if (!LINKED_BY.contains(linkedBy)) {
            throw new InvalidEvent("field linkedBy is not one of AUTO, MANUAL or empty");
        }
        long revision = fields.number("revision");
        if (revision < 0) {
            throw new InvalidEvent("field revision is negative");
        }
        return new IncidentEvent(
                fields.text("incidentId"),
                fields.text("projectId"),
                fields.text("environment"),
                fields.optionalText("title"),
                status,
                fields.instant("detectedAt"),
                status.equals("RESOLVED") ? resolvedAt : null,
                fields.optionalText("deploymentId"),
                linkedBy,
                fields.optionalText("source"),
                fields.optionalText("externalId"),
                revision);
    }
}
