package io.devopstrack.projects.incident;

import io.devopstrack.projects.deployment.Deployment;
import io.devopstrack.projects.ingest.ExternalDeployment;
import io.devopstrack.projects.project.Project;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which deployment an incident is due to. By time: the last deployment, at or before {@code detectedAt}, to a
 * production environment, for an incident in a production environment ({@code prod} and {@code production} are
 * one production, so an alert defaulting to {@code production} finds a project's {@code prod} deployments).
 * Both kinds of deployments count: manual ones (in the project document) and hook ones
 * ({@code external_deployments}), with the ids metrics-service knows them by.
 */
@Component
public record DeploymentLinks(MongoTemplate mongo, IncidentProperties properties) {

    private record Candidate(String id, Instant deployedAt) {}

    public Optional<String> lastBefore(Project project, String environment, Instant detectedAt) {
        if (!properties.productionEnvironments().contains(environment)) {
            return Optional.empty();
        }
        Stream<Candidate> manual = project.deployments().stream()
                .filter(d -> properties.productionEnvironments().contains(d.environment()))
                .filter(d -> !d.deployedAt().isAfter(detectedAt))
                .map(d -> new Candidate(d.id(), d.deployedAt()));
        ExternalDeployment external = mongo.findOne(
                Query.query(Criteria.where("projectId")
                                .is(project.id())
                                .and("environment")
                                .in(properties.productionEnvironments())
                                .and("deployedAt")
                                .lte(detectedAt))
                        .with(Sort.by(Sort.Direction.DESC, "deployedAt"))
                        .limit(1),
                ExternalDeployment.class);
        Stream<Candidate> hooks =
                external == null ? Stream.empty() : Stream.of(new Candidate(external.id(), external.deployedAt()));
        return Stream.concat(manual, hooks)
                .max(Comparator.comparing(Candidate::deployedAt))
                .map(Candidate::id);
    }

    public boolean isDeploymentOf(Project project, String deploymentId) {
        return project.deployments().stream().map(Deployment::id).anyMatch(deploymentId::equals)
                || mongo.exists(
                        Query.query(Criteria.where("_id")
                                .is(deploymentId)
                                .and("projectId")
                                .is(project.id())),
                        ExternalDeployment.class);
    }
}
