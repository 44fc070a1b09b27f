package io.devopstrack.projects.integration;

import io.devopstrack.projects.project.ProjectUpdates;
import io.devopstrack.projects.web.ObjectIds;
import io.devopstrack.projects.web.Paging;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;

/** Integrations of a project: each one a document of its own, found by the hook path's id. */
@Service
public record IntegrationService(
        MongoTemplate mongo, ProjectUpdates projects, SecretBox secrets, HookTargets hookTargets) {

    public IntegrationSecretResponse create(String projectId, IntegrationKind kind) {
        projects.require(projectId);
        String secret = secrets.newSecret();
        Integration created =
                mongo.insert(new Integration(null, projectId, kind, secrets.seal(secret), projects.now(), null, null));
        return IntegrationSecretResponse.of(created, secret);
    }

    public List<IntegrationResponse> list(String projectId) {
        projects.require(projectId);
        return mongo.find(ofProject(projectId).with(Sort.by("createdAt", "_id")), Integration.class).stream()
                .map(IntegrationResponse::of)
                .toList();
    }

    public IntegrationSecretResponse rotate(String projectId, String integrationId) {
        String secret = secrets.newSecret();
        Integration rotated = mongo.findAndModify(
                one(projectId, integrationId),
                new Update().set("sealedSecret", secrets.seal(secret)),
                FindAndModifyOptions.options().returnNew(true),
                Integration.class);
        hookTargets.evict(integrationId);
        if (rotated == null) {
            throw notFound(projectId, integrationId);
        }
        return IntegrationSecretResponse.of(rotated, secret);
    }

    /** Its hook answers 404 from now on (on another replica within the hook cache time); its delivery log goes with it. */
    public void delete(String projectId, String integrationId) {
        long deleted =
                mongo.remove(one(projectId, integrationId), Integration.class).getDeletedCount();
        hookTargets.evict(integrationId);
        if (deleted == 0) {
            throw notFound(projectId, integrationId);
        }
        mongo.remove(Query.query(Criteria.where("integrationId").is(integrationId)), Delivery.class);
    }

    /** Newest first. */
    public PagedModel<DeliveryResponse> deliveries(String projectId, String integrationId, Paging paging) {
        if (!mongo.exists(one(projectId, integrationId), Integration.class)) {
            throw notFound(projectId, integrationId);
        }
        Query ofIntegration = Query.query(Criteria.where("integrationId").is(integrationId));
        long total = mongo.count(ofIntegration, Delivery.class);
        ofIntegration.fields().exclude("payload");
        List<DeliveryResponse> content = mongo
                .find(
                        paging.applyTo(ofIntegration.with(Sort.by(Sort.Direction.DESC, "receivedAt", "_id"))),
                        Delivery.class)
                .stream()
                .map(DeliveryResponse::of)
                .toList();
        return paging.page(content, total);
    }

    private Query one(String projectId, String integrationId) {
        ObjectIds.require("id", projectId);
        ObjectIds.require("integrationId", integrationId);
        return Query.query(
                Criteria.where("_id").is(integrationId).and("projectId").is(projectId));
    }

    private static Query ofProject(String projectId) {
        return Query.query(Criteria.where("projectId").is(projectId));
    }

    private RuntimeException notFound(String projectId, String integrationId) {
        projects.require(projectId);
        return new IntegrationNotFound(integrationId);
    }
}
