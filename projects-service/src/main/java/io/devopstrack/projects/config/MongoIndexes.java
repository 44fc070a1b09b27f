package io.devopstrack.projects.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mapping.PersistentEntity;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes every {@link Document} declares ({@code @Indexed}, {@code @CompoundIndex}) at start, and
 * keeps trying every 30 s while MongoDB is down, so that the service can start (and report 503 on /healthz) without
 * its store; Spring Data's own {@code auto-index-creation} would fail the start instead. A collection is not tried
 * again once its indexes exist.
 */
@Component
public class MongoIndexes {

    private static final Logger log = LoggerFactory.getLogger(MongoIndexes.class);

    private final MongoTemplate mongo;
    private final MongoMappingContext mapping;
    private final IndexResolver resolver;
    private List<Class<?>> pending;

    public MongoIndexes(MongoTemplate mongo, MongoMappingContext mapping) {
        this.mongo = mongo;
        this.mapping = mapping;
        this.resolver = IndexResolver.create(mapping);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        ensure();
    }

    @Scheduled(initialDelayString = "30s", fixedDelayString = "30s")
    public synchronized void ensure() {
        if (pending == null) {
            pending = new ArrayList<>(documents());
        }
        pending.removeIf(this::created);
    }

    /** The document types Spring Boot's entity scan found, in a stable order for the log. */
    List<Class<?>> documents() {
        return mapping.getPersistentEntities().stream()
                .filter(entity -> entity.isAnnotationPresent(Document.class))
                .<Class<?>>map(PersistentEntity::getType)
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private boolean created(Class<?> type) {
        String collection = mongo.getCollectionName(type);
        try {
            IndexOperations indexes = mongo.indexOps(type);
            resolver.resolveIndexFor(type).forEach(indexes::createIndex);
            log.info("MongoDB indexes of {} ready", collection);
            return true;
        } catch (RuntimeException e) {
            log.warn("Cannot create MongoDB indexes of {} yet ({}); retrying in 30 s", collection, e.getMessage());
            return false;
        }
    }
}
