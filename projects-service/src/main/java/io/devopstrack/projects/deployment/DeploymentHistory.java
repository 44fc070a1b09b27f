package io.devopstrack.projects.deployment;

import io.devopstrack.projects.ingest.ExternalDeployment;
import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.project.ProjectUpdates;
import io.devopstrack.projects.version.Version;
import io.devopstrack.projects.web.Paging;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;

/**
 * A project's deployments, manual ones (in the project document) and hook ones ({@code external_deployments})
 * together, newest first. The manual ones are few (they live in one document); of the hook ones only the first
 * {@code (page + 1) × size} are read, which is all a page of the merged list can hold.
 */
@Service
public record DeploymentHistory(ProjectUpdates projects, MongoTemplate mongo) {

    private static final Comparator<DeploymentListItem> NEWEST_FIRST = Comparator.comparing(
                    DeploymentListItem::deployedAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(DeploymentListItem::id, Comparator.reverseOrder());

    public PagedModel<DeploymentListItem> list(String projectId, String environment, Paging paging) {
        int number = paging.number();
        int pageSize = paging.size();
        Project project = projects.require(projectId);

        List<DeploymentListItem> merged = new ArrayList<>(manual(project, environment));
        Criteria hooks = Criteria.where("projectId").is(projectId);
        if (environment != null) {
            hooks = hooks.and("environment").is(environment);
        }
        long hookTotal = mongo.count(Query.query(hooks), ExternalDeployment.class);
        long wanted = (long) (number + 1) * pageSize;
        mongo.find(
                        Query.query(hooks)
                                .with(Sort.by(Sort.Direction.DESC, "deployedAt", "_id"))
                                .limit((int) Math.min(wanted, Integer.MAX_VALUE)),
                        ExternalDeployment.class)
                .forEach(deployment -> merged.add(new DeploymentListItem(
                        deployment.id(),
                        deployment.environment(),
                        deployment.commit(),
                        deployment.version(),
                        deployment.status(),
                        deployment.deployedAt(),
                        deployment.source(),
                        DeploymentListItem.leadTimeHours(deployment.committedAt(), deployment.deployedAt()))));
        merged.sort(NEWEST_FIRST);
        int from = (int) Math.min(merged.size(), (long) number * pageSize);
        int to = (int) Math.min(merged.size(), (long) from + pageSize);
        long manualTotal = merged.stream()
                .filter(item -> DeploymentListItem.MANUAL.equals(item.source()))
                .count();
        return paging.page(List.copyOf(merged.subList(from, to)), manualTotal + hookTotal);
    }

    private static List<DeploymentListItem> manual(Project project, String environment) {
        Map<String, Version> versions = project.versions().stream()
                .collect(Collectors.toMap(Version::version, Function.identity(), (a, b) -> a));
        return project.deployments().stream()
                .filter(deployment -> environment == null || environment.equals(deployment.environment()))
                .map(deployment -> {
                    Version version = versions.get(deployment.version());
                    return new DeploymentListItem(
                            deployment.id(),
                            deployment.environment(),
                            version == null ? null : version.commit(),
                            deployment.version(),
                            deployment.status(),
                            deployment.deployedAt(),
                            DeploymentListItem.MANUAL,
                            DeploymentListItem.leadTimeHours(
                                    version == null ? null : version.committedAt(), deployment.deployedAt()));
                })
                .toList();
    }
}
