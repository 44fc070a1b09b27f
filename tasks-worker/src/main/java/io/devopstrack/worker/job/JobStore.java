package io.devopstrack.worker.job;

import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.jobs.ExecutionRecords;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.jobs.redis.LuaScripts;
import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.worker.config.WorkerProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Job documents in Redis, written only by compare-and-set under the runner's lease. */
@Component
public class JobStore {

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration lease;
    private final Duration retention;

    public JobStore(
            StringRedisTemplate redis, RedisKeys keys, JsonMapper json, Clock clock, WorkerProperties properties) {
        this.redis = redis;
        this.keys = keys;
        this.json = json;
        this.clock = clock;
        this.lease = Duration.ofMillis(properties.leaseMs());
        this.retention = Duration.ofDays(properties.retentionDays());
    }

    public sealed interface Claim {
        record Taken(Job job) implements Claim {}

        record HeldByAnother() implements Claim {}

        record Gone() implements Claim {}
    }

    /** Takes the job's lease for {@code owner} and reads the job, in one step. */
    public Claim claim(String jobId, String owner) {
        List<?> result = redis.execute(
                LuaScripts.CLAIM_JOB,
                List.of(keys.lease(jobId), keys.job(jobId)),
                owner,
                Long.toString(lease.toMillis()));
        return switch (((Number) result.get(0)).intValue()) {
            case 1 -> new Claim.Taken(parse((String) result.get(1)));
            case 0 -> new Claim.HeldByAnother();
            default -> new Claim.Gone();
        };
    }

    /**
     * Writes {@code updated} if the stored job is still at {@code updated.version() - 1} (whose status the
     * caller read as {@code storedStatus}) and {@code owner} still holds the lease. Returns empty when saved, or the job as stored now after a concurrent change.
     * The write that finishes the job also acknowledges and deletes {@code entryId} and drops the lease.
     *
     * @throws LeaseLost when another runner holds the lease or the job is gone
     */
    public Optional<Job> save(
            JobStatus storedStatus, Job updated, String owner, String entryId, List<ExecutionEvent> records) {
        String finishedAt = updated.status().isFinished()
                ? Long.toString(updated.finishedAt().toEpochMilli())
                : "";
        long minId = retention.isZero() ? 0 : clock.instant().minus(retention).toEpochMilli();
        List<?> result = redis.execute(
                LuaScripts.SAVE_JOB,
                List.of(keys.job(updated.id())),
                Long.toString(updated.version() - 1),
                json.writeValueAsString(updated),
                keys.jobsSlotPrefix(),
                keys.lease(updated.id()),
                owner,
                Long.toString(updated.createdAt().toEpochMilli()),
                finishedAt,
                json.writeValueAsString(ExecutionRecords.entries(records)),
                minId + "-0",
                "0",
                entryId,
                RedisKeys.WORKERS_GROUP,
                storedStatus.name(),
                updated.id(),
                updated.projectId(),
                updated.status().name(),
                updated.source());
        return switch (((Number) result.get(0)).intValue()) {
            case 1 -> Optional.empty();
            case 0 -> Optional.of(parse((String) result.get(1)));
            default -> throw new LeaseLost(updated.id());
        };
    }

    private Job parse(String document) {
        return json.readValue(document, Job.class);
    }
}
