package io.devopstrack.projects.repo;

import io.devopstrack.projects.project.ProjectUpdates;
import io.devopstrack.projects.web.ObjectIds;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;

@Service
public record RepositoryService(ProjectUpdates updates) {

    public VcsRepository add(String projectId, AddRepositoryRequest request) {
        String name = request.name().trim();
        VcsRepository repository = new VcsRepository(
                new ObjectId().toHexString(),
                name,
                request.url(),
                request.defaultBranch() == null ? "main" : request.defaultBranch());
        updates.addUnique(projectId, "repositories", "name", name, repository, () -> new RepositoryNameTaken(name));
        return repository;
    }

    public void remove(String projectId, String repoId) {
        ObjectIds.require("repoId", repoId);
        updates.removeById(projectId, "repositories", repoId, () -> new RepositoryNotFound(repoId));
    }
}
