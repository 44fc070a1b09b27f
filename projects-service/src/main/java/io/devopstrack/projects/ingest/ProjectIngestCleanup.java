package io.devopstrack.projects.ingest;

import io.devopstrack.projects.project.ProjectDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What the hooks learnt about a deleted project goes with it: its deployments from real pipelines (those not relayed
 * yet included) and the commit times they were measured from. A delivery being relayed at that very moment may
 * still add one of either, which the next deletion of a project does not see: left alone, as it is rare and small.
 */
@Component
class ProjectIngestCleanup {

    private final MongoTemplate mongo;

    ProjectIngestCleanup(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void on(ProjectDeleted deleted) {
        Query ofProject = Query.query(Criteria.where("projectId").is(deleted.projectId()));
        mongo.remove(ofProject, ExternalDeployment.class);
        mongo.remove(ofProject, CommitTimes.COLLECTION);
    }
}
