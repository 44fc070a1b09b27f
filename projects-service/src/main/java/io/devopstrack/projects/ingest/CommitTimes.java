package io.devopstrack.projects.ingest;

import java.time.Instant;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Commit times per project and sha (collection {@code commits}, id {@code <projectId>:<sha>}); the first time
 * learnt is kept. A deployment of that commit recorded before its time was known is corrected and sent again.
 */
@Component
public class CommitTimes {

    static final String COLLECTION = "commits";

    private final MongoTemplate mongo;

    public CommitTimes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void record(String projectId, CommitSeen commit) {
        mongo.upsert(
                Query.query(Criteria.where("_id").is(projectId + ":" + commit.sha())),
                new Update()
                        .setOnInsert("projectId", projectId)
                        .setOnInsert("sha", commit.sha())
                        .setOnInsert("committedAt", commit.committedAt()),
                COLLECTION);
        Instant known = find(projectId, commit.sha());
        mongo.updateMulti(
                Query.query(Criteria.where("projectId")
                        .is(projectId)
                        .and("commit")
                        .is(commit.sha())
                        .and("committedAt")
                        .is(null)),
                new Update().set("committedAt", known).set("published", false).inc("revision", 1),
                ExternalDeployment.class);
    }

    public Instant find(String projectId, String sha) {
        if (sha == null) {
            return null;
        }
        Document stored = mongo.findById(projectId + ":" + sha, Document.class, COLLECTION);
        return stored == null ? null : stored.getDate("committedAt").toInstant();
    }
}
