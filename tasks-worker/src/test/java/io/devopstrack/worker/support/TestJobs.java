package io.devopstrack.worker.support;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.testsupport.RedisTestKeys;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Writes jobs the way tasks-service does (document + queue entry) and reads back what the worker did. */
public final class TestJobs {

    public static final List<String> STAGES = List.of("checkout", "build", "test", "package", "deploy");

    private final StringRedisTemplate redis;
    private final String prefix;
    private final RedisKeys keys;
    private final JsonMapper json = JsonMapper.builder().build();

    public TestJobs(StringRedisTemplate redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
        this.keys = new RedisKeys(prefix);
    }

    public static Job queued() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return Job.queued(UUID.randomUUID().toString(), "project-1", "main", STAGES, 1, null, "tester", now);
    }

    /** Stores the job document only (no queue entry). */
    public Job store(Job job) {
        redis.opsForValue().set(keys.job(job.id()), json.writeValueAsString(job));
        return job;
    }

    /** Stores the job and appends its queue entry, as POST /tasks does. */
    public Job enqueue(Job job) {
        store(job);
        redis.opsForStream().add(keys.queue(), Map.of("jobId", job.id()));
        return job;
    }

    public Job read(String id) {
        String document = redis.opsForValue().get(keys.job(id));
        return document == null ? null : json.readValue(document, Job.class);
    }

    /** The execution records written for one job, in stream order. */
    public List<Map<Object, Object>> executions(String jobId) {
        List<MapRecord<String, Object, Object>> all =
                redis.opsForStream().read(StreamOffset.fromStart(keys.executions()));
        return all == null
                ? List.of()
                : all.stream()
                        .map(MapRecord::getValue)
                        .filter(fields -> jobId.equals(fields.get("jobId")))
                        .toList();
    }

    public void deleteAll() {
        RedisTestKeys.deleteAll(redis, prefix);
    }
}
