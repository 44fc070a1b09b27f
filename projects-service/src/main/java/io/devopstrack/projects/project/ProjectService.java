package io.devopstrack.projects.project;

import io.devopstrack.projects.web.ObjectIds;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

@Service
public record ProjectService(
        MongoTemplate mongo, ProjectRepository projects, ProjectUpdates updates, ApplicationEventPublisher events) {

    /** A duplicate name breaks the unique index: DuplicateKeyException, answered 409. */
    public Project create(CreateProjectRequest request, Caller caller) {
        Instant now = updates.now();
        return projects.insert(new Project(
                null,
                request.name().trim(),
                request.description(),
                caller.username(),
                distinct(request.tags()),
                null,
                null,
                null,
                null,
                now,
                now,
                null));
    }

    public Project get(String id) {
        return updates.require(id);
    }

    public Page<ProjectResponse> list(ProjectQuery query) {
        Query filter = query.toQuery();
        long total = mongo.count(filter, Project.class);
        Query page = query.paging().applyTo(query.toQuery().with(query.sort().and(Sort.by("_id"))));
        List<ProjectResponse> content = mongo.find(page, Project.class).stream()
                .map(ProjectResponse::of)
                .toList();
        return new PageImpl<>(
                content, PageRequest.of(query.paging().number(), query.paging().size()), total);
    }

    /** Applied only if the stored version is still the one the client read; otherwise 409. */
    public Project update(String id, UpdateProjectRequest request) {
        ObjectIds.require("id", id);
        Query current = Query.query(Criteria.where("_id").is(id).and("version").is(request.version()));
        Update update = new Update()
                .set("name", request.name().trim())
                .set("description", request.description())
                .set("tags", distinct(request.tags()))
                .set("updatedAt", updates.now());
        Project updated = mongo.findAndModify(
                current, update, FindAndModifyOptions.options().returnNew(true), Project.class);
        if (updated == null) {
            updates.require(id);
            throw new StaleProjectVersion(request.version());
        }
        return updated;
    }

    public void delete(String id, Caller caller) {
        Project project = updates.require(id);
        if (!caller.admin() && !project.owner().equals(caller.username())) {
            throw new NotProjectOwner();
        }
        projects.deleteById(id);
        events.publishEvent(new ProjectDeleted(id));
    }

    private static List<String> distinct(List<String> tags) {
        return tags == null ? List.of() : tags.stream().distinct().toList();
    }
}
