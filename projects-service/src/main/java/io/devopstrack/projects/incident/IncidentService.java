package io.devopstrack.projects.incident;

import io.devopstrack.platform.problem.InvalidInput;
import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.project.ProjectUpdates;
import io.devopstrack.projects.web.ObjectIds;
import io.devopstrack.projects.web.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;

/** Incidents recorded and corrected by people; every change raises the revision and waits for the relay. */
@Service
public record IncidentService(
        MongoTemplate mongo, ProjectUpdates projects, DeploymentLinks links, IncidentCounters counters) {

    public Incident open(String projectId, CreateIncidentRequest request) {
        Project project = projects.require(projectId);
        Instant now = projects.now();
        Instant detectedAt = request.detectedAt() == null ? now : request.detectedAt();
        if (detectedAt.isAfter(now)) {
            throw new InvalidInput("detectedAt", "must not be in the future");
        }
        if (project.environments().stream().noneMatch(e -> e.name().equals(request.environment()))) {
            throw new InvalidInput("environment", "is not an environment of this project");
        }
        String deploymentId = request.deploymentId();
        LinkedBy linkedBy = LinkedBy.MANUAL;
        if (deploymentId == null) {
            deploymentId =
                    links.lastBefore(project, request.environment(), detectedAt).orElse(null);
            linkedBy = deploymentId == null ? null : LinkedBy.AUTO;
        } else {
            requireDeployment(project, deploymentId);
        }
        String id = new ObjectId().toHexString();
        Incident incident = mongo.insert(new Incident(
                id,
                projectId,
                request.environment(),
                request.title(),
                IncidentStatus.OPEN,
                detectedAt,
                null,
                deploymentId,
                linkedBy,
                Incident.MANUAL,
                id,
                Incident.MANUAL + ":" + id,
                1,
                false,
                now));
        counters.opened(projectId);
        return incident;
    }

    public Incident resolve(String projectId, String incidentId, ResolveIncidentRequest request) {
        Incident incident = require(projectId, incidentId);
        Instant now = projects.now();
        Instant resolvedAt = request == null || request.resolvedAt() == null ? now : request.resolvedAt();
        if (resolvedAt.isBefore(incident.detectedAt())) {
            throw new InvalidInput("resolvedAt", "must not be before the incident's detectedAt");
        }
        if (resolvedAt.isAfter(now)) {
            throw new InvalidInput("resolvedAt", "must not be in the future");
        }
        Incident resolved = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(incidentId).and("status").is(IncidentStatus.OPEN)),
                changed(now).set("status", IncidentStatus.RESOLVED).set("resolvedAt", resolvedAt),
                FindAndModifyOptions.options().returnNew(true),
                Incident.class);
        if (resolved == null) {
            throw new IncidentAlreadyResolved(incidentId);
        }
        counters.resolved(projectId);
        return resolved;
    }

    /** A person's correction of the link; {@code ""} links the incident to no deployment. */
    public Incident relink(String projectId, String incidentId, RelinkIncidentRequest request) {
        Incident incident = require(projectId, incidentId);
        String deploymentId = request.deploymentId().isBlank() ? null : request.deploymentId();
        if (deploymentId != null) {
            requireDeployment(projects.require(projectId), deploymentId);
        }
        return mongo.findAndModify(
                Query.query(Criteria.where("_id").is(incident.id())),
                changed(projects.now()).set("deploymentId", deploymentId).set("linkedBy", LinkedBy.MANUAL),
                FindAndModifyOptions.options().returnNew(true),
                Incident.class);
    }

    /** Newest first (by detectedAt). */
    public PagedModel<Incident> list(String projectId, String status, Paging paging) {
        projects.require(projectId);
        Criteria criteria = Criteria.where("projectId").is(projectId);
        if (status != null && !status.isBlank()) {
            criteria = criteria.and("status").is(status(status));
        }
        long total = mongo.count(Query.query(criteria), Incident.class);
        List<Incident> content = mongo.find(
                paging.applyTo(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "detectedAt", "_id"))),
                Incident.class);
        return paging.page(content, total);
    }

    static Update changed(Instant now) {
        return new Update().inc("revision", 1).set("published", false).set("updatedAt", now);
    }

    private Incident require(String projectId, String incidentId) {
        ObjectIds.require("id", projectId);
        ObjectIds.require("incidentId", incidentId);
        Incident incident = mongo.findOne(
                Query.query(
                        Criteria.where("_id").is(incidentId).and("projectId").is(projectId)),
                Incident.class);
        if (incident == null) {
            projects.require(projectId);
            throw new IncidentNotFound(incidentId);
        }
        return incident;
    }

    private void requireDeployment(Project project, String deploymentId) {
        ObjectIds.require("deploymentId", deploymentId);
        if (!links.isDeploymentOf(project, deploymentId)) {
            throw new InvalidInput("deploymentId", "is not a deployment of this project");
        }
    }

    private static IncidentStatus status(String value) {
        try {
            return IncidentStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("status", "must be OPEN or RESOLVED");
        }
    }
}
