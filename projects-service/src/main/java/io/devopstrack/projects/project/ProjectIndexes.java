package io.devopstrack.projects.project;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes at start, and keeps trying while MongoDB is down so that the service can start
 * (and report 503 on /healthz) without its store. Version numbers are unique per project by the conditional
 * update in VersionService: a unique index cannot enforce uniqueness inside one document's array.
 */
@Component
public class ProjectIndexes {

    private static final Logger log = LoggerFactory.getLogger(ProjectIndexes.class);

    private final MongoTemplate mongo;
    private final AtomicBoolean created = new AtomicBoolean();

    public ProjectIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        ensure();
    }

    @Scheduled(initialDelayString = "30s", fixedDelayString = "30s")
    public void ensure() {
        if (created.get()) {
            return;
        }
        try {
            IndexOperations indexes = mongo.indexOps(Project.class);
            indexes.createIndex(
                    new Index().on("name", Sort.Direction.ASC).unique().named("name_unique"));
            indexes.createIndex(new Index().on("tags", Sort.Direction.ASC).named("tags"));
            indexes.createIndex(new Index().on("createdAt", Sort.Direction.ASC).named("createdAt"));
            indexes.createIndex(
                    new Index().on("deployments.published", Sort.Direction.ASC).named("deployments_published"));
            created.set(true);
            log.info("MongoDB indexes of {} ready", Project.COLLECTION);
        } catch (RuntimeException e) {
            log.warn("Cannot create MongoDB indexes yet ({}); retrying in 30 s", e.getMessage());
        }
    }
}
