package io.devopstrack.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One revision of an incident, one entry of {@code devopstrack:{jobs}:incidents}: projects-service writes it
 * ({@link #fields()}), metrics-service reads it ({@link #from}). {@code revision} grows with every change of that
 * incident, {@code resolvedAt} is null while it is open, {@code deploymentId} and {@code linkedBy} are empty when
 * projects-service named no deployment.
 */
public record IncidentEvent(
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

    public static final Set<String> STATUSES = Set.of("OPEN", "RESOLVED");
    public static final Set<String> LINKED_BY = Set.of("AUTO", "MANUAL", "");

    public static IncidentEvent from(Map<String, String> body) {
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

    /** The stream entry (docs/contracts.md): every field a string, empty when unknown. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("incidentId", incidentId);
        fields.put("projectId", projectId);
        fields.put("environment", environment);
        fields.put("title", EventFields.orEmpty(title));
        fields.put("status", status);
        fields.put("detectedAt", detectedAt.toString());
        fields.put("resolvedAt", resolvedAt == null ? "" : resolvedAt.toString());
        fields.put("deploymentId", EventFields.orEmpty(deploymentId));
        fields.put("linkedBy", EventFields.orEmpty(linkedBy));
        fields.put("source", EventFields.orEmpty(source));
        fields.put("externalId", EventFields.orEmpty(externalId));
        fields.put("revision", Long.toString(revision));
        return fields;
    }
}
