package io.devopstrack.projects.incident;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The unique (projectId, source, sourceKey) index is what makes a sender's repeated notification change nothing;
 * created at start and retried every 30 s while MongoDB is down, like ProjectIndexes.
 */
@Component
public class IncidentIndexes {

    private static final Logger log = LoggerFactory.getLogger(IncidentIndexes.class);

    private final MongoTemplate mongo;
    private final AtomicBoolean created = new AtomicBoolean();

    public IncidentIndexes(MongoTemplate mongo) {
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
            var incidents = mongo.indexOps(Incident.class);
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
            incidents.createIndex(
                    new Index().on("published", Sort.Direction.ASC).named("published"));
            created.set(true);
            log.info("MongoDB indexes of {} ready", Incident.COLLECTION);
        } catch (RuntimeException e) {
            log.warn("Cannot create MongoDB indexes of incidents yet ({}); retrying in 30 s", e.getMessage());
        }
    }
}
