package io.devopstrack.projects.incident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.devopstrack.events.IncidentEvent;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An outage of a project in one environment. {@code source} is {@code manual}, {@code alertmanager} or
 * {@code cdevents}; {@code externalId} is the sender's id (an alert fingerprint, a CDEvents subject id; the
 * incident's own id for a manual one). {@code sourceKey} is what makes a sender's incident unique per project
 * (unique index with {@code projectId} and {@code source}): an alert fingerprint with its {@code startsAt}, since
 * an alert that fires again after being resolved is a new outage. {@code revision} grows with every change and
 * {@code published} tells whether that revision reached the Redis stream (the outbox). The API answers with the
 * incident itself, without those four bookkeeping fields.
 */
@Document(Incident.COLLECTION)
@CompoundIndex(name = "project_source_key_unique", def = "{'projectId': 1, 'source': 1, 'sourceKey': 1}", unique = true)
@CompoundIndex(name = "project_detectedAt", def = "{'projectId': 1, 'detectedAt': -1}")
public record Incident(
        @Id String id,
        String projectId,
        String environment,
        String title,
        IncidentStatus status,
        Instant detectedAt,
        Instant resolvedAt,
        String deploymentId,
        LinkedBy linkedBy,
        String source,
        String externalId,
        @JsonIgnore String sourceKey,
        @JsonIgnore long revision,
        @JsonIgnore @Indexed(name = "published") boolean published,
        @JsonIgnore Instant updatedAt) {

    public static final String COLLECTION = "incidents";
    public static final String MANUAL = "manual";

    /** The stream entry of this revision. */
    IncidentEvent event() {
        return new IncidentEvent(
                id,
                projectId,
                environment,
                title,
                status.name(),
                detectedAt,
                resolvedAt,
                deploymentId,
                linkedBy == null ? null : linkedBy.name(),
                source,
                externalId,
                revision);
    }
}
