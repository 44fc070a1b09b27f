package io.devopstrack.projects.integration;

import io.devopstrack.projects.project.Project;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.types.ObjectId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The integrations hooks are sent to, with their secret opened and their project's repositories, kept for
 * {@code devopstrack.integrations.cache-time} (1 s): two MongoDB reads and an AES-GCM decryption less per delivery.
 * When it is older, the first request reads it again while the others go on with it (so that a busy hook does not
 * send every request in flight to MongoDB at once), up to twice the cache time; when there is none, the requests
 * that find none while one reads it wait for that read.
 * <p>
 * In this process a rotation or deletion evicts the entry at once ({@link #evict}), and a read that was under way
 * when it happened is not cached (the eviction count moved), so the old secret is refused from the next request
 * on. Another replica keeps what it read for twice the cache time at most (2 s): a rotated secret is still taken, a
 * deleted integration or project still answers 202, for that long there. What is not found is not cached.
 */
@Component
public class HookTargets {

    private static final int MAX_ENTRIES = 10_000;

    /** {@code refreshing}: one request has gone to read it again; the others keep this until twice the cache time. */
    private record Entry(HookTarget target, Instant until, AtomicBoolean refreshing) {}

    private final MongoTemplate mongo;
    private final SecretBox secrets;
    private final IntegrationProperties properties;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<HookTarget>> loading = new ConcurrentHashMap<>();
    private final AtomicLong evictions = new AtomicLong();

    @Autowired
    public HookTargets(MongoTemplate mongo, SecretBox secrets, IntegrationProperties properties) {
        this(mongo, secrets, properties, Clock.systemUTC());
    }

    HookTargets(MongoTemplate mongo, SecretBox secrets, IntegrationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.secrets = secrets;
        this.properties = properties;
        this.clock = clock;
    }

    /** The integration with this id and its project, when both exist (as of the cache time at most). */
    public Optional<HookTarget> find(String integrationId) {
        Instant now = clock.instant();
        Entry cached = entries.get(integrationId);
        if (cached != null
                && (cached.until().isAfter(now)
                        || (cached.until().plus(properties.cacheTime()).isAfter(now)
                                && !cached.refreshing().compareAndSet(false, true)))) {
            return Optional.of(cached.target());
        }
        CompletableFuture<HookTarget> mine = new CompletableFuture<>();
        CompletableFuture<HookTarget> running = loading.putIfAbsent(integrationId, mine);
        if (running != null) {
            try {
                return Optional.ofNullable(running.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            HookTarget loaded = loadAndKeep(integrationId, now);
            mine.complete(loaded);
            return Optional.ofNullable(loaded);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            loading.remove(integrationId, mine);
        }
    }

    private HookTarget loadAndKeep(String integrationId, Instant now) {
        long seen = evictions.get();
        HookTarget loaded = load(integrationId);
        if (loaded == null) {
            entries.remove(integrationId);
            return null;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(entry -> !entry.until().isAfter(now));
        }
        if (entries.size() < MAX_ENTRIES) {
            // under the key's lock, as evict: an eviction either comes after this put or stops it
            entries.compute(
                    integrationId,
                    (id, current) -> evictions.get() == seen
                            ? new Entry(loaded, now.plus(properties.cacheTime()), new AtomicBoolean())
                            : current);
        }
        return loaded;
    }

    /** After the integration changed or went: the next delivery reads it again. */
    void evict(String integrationId) {
        entries.compute(integrationId, (id, current) -> {
            evictions.incrementAndGet();
            return null;
        });
        loading.remove(integrationId); // a request from now on does not wait for a read begun before
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
