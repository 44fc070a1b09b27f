package io.devopstrack.projects.integration;

import io.devopstrack.projects.project.ProjectDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A deleted project's integrations and delivery logs go with it: their hooks answer 404 at once in this process
 * (on another replica within the hook cache time), and the deliveries do not stay behind for every later scan.
 * A delivery of the project still pending is dropped with its line, as the project it was for no longer exists.
 */
@Component
record ProjectIntegrationsCleanup(MongoTemplate mongo, HookTargets hookTargets) {

    @EventListener
    void on(ProjectDeleted deleted) {
        Query ofProject = Query.query(Criteria.where("projectId").is(deleted.projectId()));
        for (Integration integration : mongo.findAllAndRemove(ofProject, Integration.class)) {
            hookTargets.evict(integration.id());
        }
        mongo.remove(ofProject, Delivery.class);
    }
}
