package io.devopstrack.projects.config;

import org.springframework.data.mongodb.core.MongoTemplate;

/** The MongoDB indexes of one area of the service, created by {@link MongoIndexes}. */
public interface IndexSet {

    /** What the log lines call them, e.g. the collection's name. */
    String name();

    /** Creates every index of the set; creating one that exists already changes nothing. */
    void create(MongoTemplate mongo);
}
