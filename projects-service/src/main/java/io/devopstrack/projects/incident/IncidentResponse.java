package io.devopstrack.projects.incident;

import java.time.Instant;

public record IncidentResponse(
        String id,
        String projectId,
        String environment,
        String title,
        IncidentStatus status,
        Instant detectedAt,
        Instant resolvedAt,
        String deploymentId,
        LinkedBy linkedBy,
        String source,
        String externalId) {

    static IncidentResponse of(Incident incident) {
        return new IncidentResponse(
                incident.id(),
                incident.projectId(),
                incident.environment(),
                incident.title(),
                incident.status(),
                incident.detectedAt(),
                incident.resolvedAt(),
                incident.deploymentId(),
                incident.linkedBy(),
                incident.source(),
                incident.externalId());
    }
}
