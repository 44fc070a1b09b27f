package io.devopstrack.projects.integration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.devopstrack.projects.project.Project;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The integrations hooks are sent to, with their secret opened and their project's repositories, kept in a Caffeine
 * cache: two MongoDB reads and an AES-GCM decryption less per delivery. After {@code
 * devopstrack.integrations.cache-time} (1 s) the first request starts reading it again in the background and every
 * request goes on with what is kept, up to twice the cache time, so that a busy hook never sends every request in
 * flight to MongoDB at once; when nothing is kept, the requests that find nothing while one reads it wait for that
 * read. What is not found is not kept.
 * <p>
 * In this process a rotation or deletion evicts the entry at once ({@link #evict}; a read under way is not kept,
 * Caffeine drops a refresh whose entry went meanwhile), so the old secret is refused from the next request on.
 * Another replica keeps what it read for twice the cache time at most (2 s): a rotated secret is still taken, a
 * deleted integration or project still answers 202, for that long there.
 */
@Component
public class HookTargets {

    private static final int MAX_ENTRIES = 10_000;

    private final MongoTemplate mongo;
    private final SecretBox secrets;
    private final LoadingCache<String, HookTarget> cache;

    @Autowired
    public HookTargets(MongoTemplate mongo, SecretBox secrets, IntegrationProperties properties) {
        this(mongo, secrets, cachePolicy(properties));
    }

    /** With the policy's own ticker and refresh executor (the system's and the common pool unless a test sets them). */
    HookTargets(MongoTemplate mongo, SecretBox secrets, Caffeine<Object, Object> cachePolicy) {
        this.mongo = mongo;
        this.secrets = secrets;
        this.cache = cachePolicy.build(this::load);
    }

    static Caffeine<Object, Object> cachePolicy(IntegrationProperties properties) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .refreshAfterWrite(properties.cacheTime())
                .expireAfterWrite(properties.cacheTime().multipliedBy(2));
    }

    /** The integration with this id and its project, when both exist (as of twice the cache time at most). */
    public Optional<HookTarget> find(String integrationId) {
        return Optional.ofNullable(cache.get(integrationId));
    }

    /** After the integration changed or went: the next delivery reads it again. */
    void evict(String integrationId) {
        cache.invalidate(integrationId);
    }

    private HookTarget load(String integrationId) {
        Integration integration =
                ObjectId.isValid(integrationId) ? mongo.findById(integrationId, Integration.class) : null;
        if (integration == null) {
            return null;
        }
        Query project = Query.query(Criteria.where("_id").is(integration.projectId()));
        project.fields().include("repositories");
        Project found = mongo.findOne(project, Project.class);
        return found == null
                ? null
                : new HookTarget(integration, secrets.open(integration.sealedSecret()), found.repositories());
    }
}
