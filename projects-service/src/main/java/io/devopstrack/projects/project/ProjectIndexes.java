package io.devopstrack.projects.project;

import io.devopstrack.projects.config.IndexSet;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Version numbers are unique per project by the conditional update in VersionService: a unique index cannot
 * enforce uniqueness inside one document's array.
 */
@Component
class ProjectIndexes implements IndexSet {

    @Override
    public String name() {
        return Project.COLLECTION;
    }

    @Override
    public void create(MongoTemplate mongo) {
        IndexOperations indexes = mongo.indexOps(Project.class);
        indexes.createIndex(new Index().on("name", Sort.Direction.ASC).unique().named("name_unique"));
        indexes.createIndex(new Index().on("tags", Sort.Direction.ASC).named("tags"));
        indexes.createIndex(new Index().on("createdAt", Sort.Direction.ASC).named("createdAt"));
        indexes.createIndex(
                new Index().on("deployments.published", Sort.Direction.ASC).named("deployments_published"));
    }
}
