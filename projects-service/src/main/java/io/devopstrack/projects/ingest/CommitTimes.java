package io.devopstrack.projects.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Commit times per project and sha (collection {@code commits}, id {@code <projectId>:<sha>}); the first time
 * learnt is kept. A deployment of that commit recorded before its time was known is corrected and sent again.
 * The relay records a batch's commits together: one bulk upsert, one read of the times kept and one query for
 * the deployments still waiting for them (a scan on the local MongoDB-wire server, so once a batch, not once a
 * commit).
 */
@Component
public class CommitTimes {

    static final String COLLECTION = "commits";

    private final MongoTemplate mongo;

    public CommitTimes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public record Learnt(String projectId, CommitSeen commit) {
        String key() {
            return projectId + ":" + commit.sha();
        }
    }

    public void recordAll(Collection<Learnt> learnt) {
        if (learnt.isEmpty()) {
            return;
        }
        Map<String, Learnt> byKey = new LinkedHashMap<>();
        learnt.forEach(one -> byKey.putIfAbsent(one.key(), one));
        BulkOperations upserts = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        byKey.forEach((key, one) -> upserts.upsert(
                Query.query(Criteria.where("_id").is(key)),
                new Update()
                        .setOnInsert("projectId", one.projectId())
                        .setOnInsert("sha", one.commit().sha())
                        .setOnInsert("committedAt", one.commit().committedAt())));
        upserts.execute();
        correctWaitingDeployments(byKey.values(), known(byKey.keySet()));
    }

    public Instant find(String projectId, String sha) {
        if (sha == null) {
            return null;
        }
        Document stored = mongo.findById(projectId + ":" + sha, Document.class, COLLECTION);
        return stored == null ? null : stored.getDate("committedAt").toInstant();
    }

    private Map<String, Instant> known(Collection<String> keys) {
        Map<String, Instant> times = new LinkedHashMap<>();
        for (Document stored : mongo.find(Query.query(Criteria.where("_id").in(keys)), Document.class, COLLECTION)) {
            times.put(stored.getString("_id"), stored.getDate("committedAt").toInstant());
        }
        return times;
    }

    private void correctWaitingDeployments(Collection<Learnt> learnt, Map<String, Instant> known) {
        List<Criteria> commits = new ArrayList<>();
        learnt.forEach(one -> commits.add(Criteria.where("projectId")
                .is(one.projectId())
                .and("commit")
                .is(one.commit().sha())));
        Query waiting = Query.query(
                new Criteria().andOperator(Criteria.where("committedAt").is(null), new Criteria().orOperator(commits)));
        waiting.fields().include("projectId", "commit");
        for (Document deployment : mongo.find(waiting, Document.class, ExternalDeployment.COLLECTION)) {
            Instant time = known.get(deployment.getString("projectId") + ":" + deployment.getString("commit"));
            if (time != null) {
                mongo.updateFirst(
                        Query.query(Criteria.where("_id")
                                .is(deployment.get("_id"))
                                .and("committedAt")
                                .is(null)),
                        new Update()
                                .set("committedAt", time)
                                .set("published", false)
                                .inc("revision", 1),
                        ExternalDeployment.COLLECTION);
            }
        }
    }
}
