package io.devopstrack.projects.environment;

import io.devopstrack.projects.project.ProjectUpdates;
import io.devopstrack.projects.web.ObjectIds;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

@Service
public record EnvironmentService(ProjectUpdates updates) {

    public Environment add(String projectId, AddEnvironmentRequest request) {
        String name = request.name().trim();
        Environment environment = new Environment(
                new ObjectId().toHexString(), name, request.url(), Boolean.TRUE.equals(request.isProtected()));
        updates.addUnique(projectId, "environments", "name", name, environment, () -> new EnvironmentNameTaken(name));
        return environment;
    }

    /** Past deployments to the environment stay in the history. */
    public void remove(String projectId, String envId) {
        ObjectIds.require("envId", envId);
        updates.removeById(projectId, "environments", envId, () -> new EnvironmentNotFound(envId));
    }
}
