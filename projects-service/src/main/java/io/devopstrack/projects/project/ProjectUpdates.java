package io.devopstrack.projects.project;

import io.devopstrack.projects.web.ObjectIds;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.bson.Document;
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
public record ProjectUpdates(MongoTemplate mongo, Clock clock) {

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
        if (!applyIf(id, condition, update)) {
            if (!mongo.exists(Query.query(Criteria.where("_id").is(id)), Project.class)) {
                throw new ProjectNotFound(id);
            }
            throw conditionFailed.get();
        }
    }

    /** Applies the change if the project satisfies {@code condition}; false, and nothing changed, if not. */
    public boolean applyIf(String id, Criteria condition, Update update) {
        Query query = Query.query(Criteria.where("_id").is(id).andOperator(condition));
        return mongo.updateFirst(query, update.set("updatedAt", now()), Project.class)
                        .getMatchedCount()
                > 0;
    }

    /** Adds {@code element} to the array unless one of its elements has that value of {@code key} already. */
    public void addUnique(
            String id, String array, String key, Object value, Object element, Supplier<RuntimeException> taken) {
        apply(id, Criteria.where(array + "." + key).ne(value), new Update().push(array, element), taken);
    }

    /** Removes the element of the array with that {@code id}. */
    public void removeById(String id, String array, String elementId, Supplier<RuntimeException> missing) {
        apply(
                id,
                Criteria.where(array + ".id").is(elementId),
                new Update().pull(array, new Document("id", elementId)),
                missing);
    }

    /** The time of a change, from the platform's clock (by the millisecond, as MongoDB keeps it). */
    public Instant now() {
        return clock.instant();
    }
}
