package io.devopstrack.worker.queue;

import io.devopstrack.jobs.redis.GroupReader;
import io.devopstrack.jobs.redis.LuaScripts;
import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.jobs.redis.StreamEntry;
import io.devopstrack.jobs.redis.StreamGroup;
import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.connection.stream.PendingMessagesSummary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The consumer side of the {@code devopstrack:{jobs}:jobs:queue} stream (group {@code workers}). */
@Component
public class JobQueue {

    private final StringRedisTemplate redis;
    private final RedisKeys keys;
    private final StreamGroup group;

    public JobQueue(StringRedisTemplate redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
        this.group = new StreamGroup(redis, keys.queue(), RedisKeys.WORKERS_GROUP);
    }

    public record Entry(String id, String jobId) {

        static Entry of(StreamEntry entry) {
            return new Entry(entry.id(), entry.field("jobId"));
        }
    }

    /** What this consumer reads next: entries dead workers left pending for {@code reclaimIdle}, else new ones. */
    public GroupReader reader(String consumer, Duration reclaimIdle) {
        return new GroupReader(group, consumer, reclaimIdle);
    }

    /** Acknowledges and deletes a handled entry and drops the job's lease if {@code owner} holds it. */
    public void release(Entry entry, String owner) {
        redis.execute(
                LuaScripts.RELEASE_JOB,
                List.of(keys.queue(), keys.lease(entry.jobId())),
                RedisKeys.WORKERS_GROUP,
                entry.id(),
                owner);
    }

    /** Extends the lease of a running job and marks its entry as recently handled; false when the lease is lost. */
    public boolean renew(Entry entry, String owner, String consumer, Duration lease) {
        Long renewed = redis.execute(
                LuaScripts.RENEW_LEASE,
                List.of(keys.lease(entry.jobId()), keys.queue()),
                owner,
                Long.toString(lease.toMillis()),
                RedisKeys.WORKERS_GROUP,
                consumer,
                entry.id());
        return renewed != null && renewed == 1L;
    }

    /** Entries delivered to a worker and not yet acknowledged (XPENDING). */
    public long pending() {
        PendingMessagesSummary summary = redis.opsForStream().pending(keys.queue(), RedisKeys.WORKERS_GROUP);
        return summary == null ? 0 : summary.getTotalPendingMessages();
    }

    /** Entries not yet delivered: handled entries are deleted, so the stream holds only waiting and pending ones. */
    public long depth(long pending) {
        Long length = redis.opsForStream().size(keys.queue());
        return Math.max(0, (length == null ? 0 : length) - pending);
    }
}
