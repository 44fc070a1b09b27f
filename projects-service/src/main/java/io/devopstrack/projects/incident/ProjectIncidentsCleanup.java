package io.devopstrack.projects.incident;

import io.devopstrack.projects.project.ProjectDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * A deleted project's incidents go with it, those its relay had not sent to metrics-service yet too (the figures
 * metrics-service already holds for the project stay there, as its simulated jobs' do).
 */
@Component
class ProjectIncidentsCleanup {

    private final MongoTemplate mongo;

    ProjectIncidentsCleanup(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener
    void on(ProjectDeleted deleted) {
        mongo.remove(Query.query(Criteria.where("projectId").is(deleted.projectId())), Incident.class);
    }
}
