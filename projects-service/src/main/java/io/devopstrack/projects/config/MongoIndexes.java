package io.devopstrack.projects.config;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes of every {@link IndexSet} at start, and keeps trying every 30 s while MongoDB is down so that
 * the service can start (and report 503 on /healthz) without its store. A set is not tried again once created.
 */
@Component
public class MongoIndexes {

    private static final Logger log = LoggerFactory.getLogger(MongoIndexes.class);

    private final MongoTemplate mongo;
    private final List<IndexSet> pending;

    public MongoIndexes(MongoTemplate mongo, List<IndexSet> sets) {
        this.mongo = mongo;
        this.pending = new ArrayList<>(sets);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        ensure();
    }

    @Scheduled(initialDelayString = "30s", fixedDelayString = "30s")
    public synchronized void ensure() {
        pending.removeIf(this::created);
    }

    private boolean created(IndexSet set) {
        try {
            set.create(mongo);
            log.info("MongoDB indexes of {} ready", set.name());
            return true;
        } catch (RuntimeException e) {
            log.warn("Cannot create MongoDB indexes of {} yet ({}); retrying in 30 s", set.name(), e.getMessage());
            return false;
        }
    }
}
