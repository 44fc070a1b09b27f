package io.devopstrack.projects.repo;

import io.devopstrack.projects.project.ProjectUpdates;
import io.devopstrack.projects.web.ObjectIds;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

@Service
public class RepositoryService {

    private final ProjectUpdates updates;

    public RepositoryService(ProjectUpdates updates) {
        this.updates = updates;
    }

    public VcsRepository add(String projectId, AddRepositoryRequest request) {
        String name = request.name().trim();
        VcsRepository repository = new VcsRepository(
                new ObjectId().toHexString(),
                name,
                request.url(),
                request.defaultBranch() == null ? "main" : request.defaultBranch());
        updates.apply(
                projectId,
                Criteria.where("repositories.name").ne(name),
                new Update().push("repositories", repository),
                () -> new RepositoryNameTaken(name));
        return repository;
    }

    public void remove(String projectId, String repoId) {
        ObjectIds.require("repoId", repoId);
        updates.apply(
                projectId,
                Criteria.where("repositories.id").is(repoId),
                new Update().pull("repositories", new Document("id", repoId)),
                () -> new RepositoryNotFound(repoId));
    }
}
