package io.devopstrack.projects.incident;

import io.devopstrack.projects.config.IndexSet;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/** The unique (projectId, source, sourceKey) index is what makes a sender's repeated notification change nothing. */
@Component
class IncidentIndexes implements IndexSet {

    @Override
    public String name() {
        return Incident.COLLECTION;
    }

    @Override
    public void create(MongoTemplate mongo) {
        IndexOperations incidents = mongo.indexOps(Incident.class);
        incidents.createIndex(new Index()
                .on("projectId", Sort.Direction.ASC)
                .on("source", Sort.Direction.ASC)
                .on("sourceKey", Sort.Direction.ASC)
                .unique()
                .named("project_source_key_unique"));
        incidents.createIndex(new Index()
                .on("projectId", Sort.Direction.ASC)
                .on("detectedAt", Sort.Direction.DESC)
                .named("project_detectedAt"));
        incidents.createIndex(new Index().on("published", Sort.Direction.ASC).named("published"));
    }
}
