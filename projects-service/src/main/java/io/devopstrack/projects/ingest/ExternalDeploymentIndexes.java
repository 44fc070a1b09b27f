package io.devopstrack.projects.ingest;

import io.devopstrack.projects.config.IndexSet;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/** One document per (project, source, externalId): a deployment's later states update it. */
@Component
class ExternalDeploymentIndexes implements IndexSet {

    @Override
    public String name() {
        return ExternalDeployment.COLLECTION;
    }

    @Override
    public void create(MongoTemplate mongo) {
        IndexOperations deployments = mongo.indexOps(ExternalDeployment.class);
        deployments.createIndex(new Index()
                .on("projectId", Sort.Direction.ASC)
                .on("source", Sort.Direction.ASC)
                .on("externalId", Sort.Direction.ASC)
                .unique()
                .named("project_source_externalId_unique"));
        deployments.createIndex(new Index().on("published", Sort.Direction.ASC).named("published"));
    }
}
