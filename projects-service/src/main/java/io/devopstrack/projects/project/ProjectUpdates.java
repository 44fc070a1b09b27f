package io.devopstrack.projects.project;

import io.devopstrack.projects.web.ObjectIds;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Atomic single-document changes of a project, shared by the sub-resources. A change is applied only if the
 * project still satisfies {@code condition} (e.g. "no version 1.2.0 yet"), so check and write cannot race.
 * MongoTemplate raises the {@code @Version} number of every update made through the entity class.
 */
@Component
public class ProjectUpdates {

    private final MongoTemplate mongo;

    public ProjectUpdates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Project require(String id) {
        ObjectIds.require("id", id);
        Project project = mongo.findById(id, Project.class);
        if (project == null) {
            throw new ProjectNotFound(id);
        }
        return project;
    }

    public void apply(String id, Criteria condition, Update update, Supplier<RuntimeException> conditionFailed) {
        ObjectIds.require("id", id);
        Query query = Query.query(Criteria.where("_id").is(id).andOperator(condition));
        if (mongo.updateFirst(query, update.set("updatedAt", now()), Project.class)
                        .getMatchedCount()
                == 0) {
            if (!mongo.exists(Query.query(Criteria.where("_id").is(id)), Project.class)) {
                throw new ProjectNotFound(id);
            }
            throw conditionFailed.get();
        }
    }

    /** MongoDB keeps milliseconds: truncating here makes a response equal to what is read back later. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
