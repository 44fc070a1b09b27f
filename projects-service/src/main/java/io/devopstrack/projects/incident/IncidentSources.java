package io.devopstrack.projects.incident;

import io.devopstrack.projects.ingest.IncidentSeen;
import io.devopstrack.projects.project.Project;
import java.time.Clock;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Incidents reported by hooks (Alertmanager, CDEvents), one per (project, source, sourceKey). The first report
 * opens it (or records it already resolved, when its end is the first news); a resolution resolves it once; a
 * resolved incident is never reopened, and a repeated report changes nothing. Idempotent, as the delivery relay
 * needs: a delivery done twice leaves the same incidents.
 */
@Component
public record IncidentSources(MongoTemplate mongo, DeploymentLinks links, IncidentCounters counters, Clock clock) {

    public void record(String projectId, IncidentSeen seen) {
        Incident stored = find(projectId, seen);
        if (stored == null) {
            if (seen.detectedAt() == null || !open(projectId, seen)) {
                return;
            }
            stored = find(projectId, seen);
        }
        if (stored != null && stored.status() == IncidentStatus.OPEN && seen.resolvedAt() != null) {
            resolve(stored, seen.resolvedAt());
        }
    }

    /** False when the project is gone, or when another relay pass opened the same incident first. */
    private boolean open(String projectId, IncidentSeen seen) {
        Project project = mongo.findById(projectId, Project.class);
        if (project == null) {
            return false;
        }
        String deploymentId =
                links.lastBefore(project, seen.environment(), seen.detectedAt()).orElse(null);
        String id = new ObjectId().toHexString();
        try {
            mongo.insert(new Incident(
                    id,
                    projectId,
                    seen.environment(),
                    seen.title(),
                    IncidentStatus.OPEN,
                    seen.detectedAt(),
                    null,
                    deploymentId,
                    deploymentId == null ? null : LinkedBy.AUTO,
                    seen.source(),
                    seen.externalId(),
                    seen.sourceKey(),
                    1,
                    false,
                    clock.instant()));
        } catch (DuplicateKeyException alreadyOpened) {
            return true;
        }
        counters.opened(projectId);
        return true;
    }

    /** At the reported end, or at detection when the sender's clock puts the end before it. */
    private void resolve(Incident incident, Instant resolvedAt) {
        Instant at = resolvedAt.isBefore(incident.detectedAt()) ? incident.detectedAt() : resolvedAt;
        boolean resolved = mongo.updateFirst(
                                Query.query(Criteria.where("_id")
                                        .is(incident.id())
                                        .and("status")
                                        .is(IncidentStatus.OPEN)),
                                IncidentService.changed(clock.instant())
                                        .set("status", IncidentStatus.RESOLVED)
                                        .set("resolvedAt", at),
                                Incident.class)
                        .getModifiedCount()
                > 0;
        if (resolved) {
            counters.resolved(incident.projectId());
        }
    }

    private Incident find(String projectId, IncidentSeen seen) {
        return mongo.findOne(
                Query.query(Criteria.where("projectId")
                        .is(projectId)
                        .and("source")
                        .is(seen.source())
                        .and("sourceKey")
                        .is(seen.sourceKey())),
                Incident.class);
    }
}
