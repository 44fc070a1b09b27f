package io.devopstrack.tasks.job;

import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.jobs.ExecutionRecords;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.jobs.redis.LuaScripts;
import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.platform.paging.Pages;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job documents and their list indexes in Redis. Every write is one Lua script: a compare-and-set on the
 * job's version that also maintains the indexes, enqueues a new job and publishes the change, so the API
 * and the workers never overwrite each other and no change goes unpublished.
 */
@Component
public record JobStore(StringRedisTemplate redis, RedisKeys keys, JsonMapper json) {

    /**
     * Stores a new job and appends it to the queue stream, atomically; returns the stored job instead, writing
     * nothing, when one with this id exists already.
     */
    public Optional<Job> create(Job job) {
        return storedInstead(write("", job, -1, List.of(), true));
    }

    /**
     * Stores a new job that is not to be run here (an external run), with its execution records; returns the stored
     * job instead when one with this id exists already.
     */
    public Optional<Job> insert(Job job, List<ExecutionEvent> records) {
        return storedInstead(write("", job, -1, records, false));
    }

    /**
     * Writes {@code updated} if the stored job is still at the previous version (whose status the caller read as
     * {@code storedStatus}); otherwise returns the stored job.
     */
    public Optional<Job> update(JobStatus storedStatus, Job updated, List<ExecutionEvent> records) {
        List<?> result = write(storedStatus.name(), updated, updated.version() - 1, records, false);
        return switch (((Number) result.get(0)).intValue()) {
            case 1 -> Optional.empty();
            case 0 -> Optional.of(parse((String) result.get(1)));
            default -> throw new JobNotFound(updated.id());
        };
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(redis.opsForValue().get(keys.job(id))).map(this::parse);
    }

    /** The stored jobs of these ids, read at once; an id with no job is left out. */
    public Map<String, Job> findAll(List<String> ids) {
        return read(ids).stream().collect(Collectors.toMap(Job::id, job -> job, (first, same) -> first));
    }

    /**
     * A write of {@link #saveAll}: an insert when {@code storedStatus} is null, else the compare-and-set of the
     * version before {@code job}'s, whose status the caller read as {@code storedStatus}.
     */
    public record JobWrite(JobStatus storedStatus, Job job, List<ExecutionEvent> records) {}

    /**
     * Does these writes in one pipelined round trip, each the same compare-and-set as {@link #insert} and
     * {@link #update}; tells for each whether it was saved (false: the job changed meanwhile, exists already or is
     * gone). Throws when Redis does not answer, or has not loaded the script yet: some writes may then be saved.
     */
    public List<Boolean> saveAll(List<JobWrite> writes) {
        if (writes.isEmpty()) {
            return List.of();
        }
        List<Object> results = redis.executePipelined(new SessionCallback<Object>() {
            @Override
            @SuppressWarnings("unchecked")
            public <K, V> Object execute(RedisOperations<K, V> operations) {
                var strings = (RedisOperations<String, String>) operations;
                for (JobWrite write : writes) {
                    Job job = write.job();
                    strings.execute(
                            LuaScripts.SAVE_JOB,
                            List.of(keys.job(job.id())),
                            saveArguments(
                                    write.storedStatus() == null
                                            ? ""
                                            : write.storedStatus().name(),
                                    job,
                                    write.storedStatus() == null ? -1 : job.version() - 1,
                                    write.records(),
                                    false));
                }
                return null;
            }
        });
        return results.stream()
                .map(result -> result instanceof List<?> answer && ((Number) answer.get(0)).intValue() == 1)
                .toList();
    }

    /** Newest first. */
    public PagedModel<Job> page(String projectId, JobStatus status, String source, int number, int size) {
        String index = keys.index(projectId, status == null ? null : status.name(), source);
        Long total = redis.opsForZSet().zCard(index);
        long start = (long) number * size;
        Set<String> ids = redis.opsForZSet().reverseRange(index, start, start + size - 1);
        List<Job> content = ids == null ? List.of() : read(ids);
        return Pages.of(content, number, size, total == null ? 0 : total);
    }

    /** Deletes up to {@code batch} jobs finished before {@code cutoff}; returns how many. */
    public long purgeFinishedBefore(Instant cutoff, int batch) {
        Long purged = redis.execute(
                LuaScripts.PURGE_JOBS,
                List.of(keys.finishedJobs()),
                keys.jobsSlotPrefix(),
                Long.toString(cutoff.toEpochMilli()),
                Integer.toString(batch));
        return purged == null ? 0 : purged;
    }

    /** The stored jobs of these ids, in their order, read at once; an id with no job is left out. */
    private List<Job> read(Collection<String> ids) {
        List<String> documents = ids.isEmpty()
                ? List.of()
                : redis.opsForValue().multiGet(ids.stream().map(keys::job).toList());
        return documents == null
                ? List.of()
                : documents.stream().filter(Objects::nonNull).map(this::parse).toList();
    }

    /** The stored job a create-if-absent found in its way, if any. */
    private Optional<Job> storedInstead(List<?> result) {
        return ((Number) result.get(0)).intValue() == 1 ? Optional.empty() : Optional.of(parse((String) result.get(1)));
    }

    private List<?> write(
            String storedStatus, Job job, long expectedVersion, List<ExecutionEvent> records, boolean enqueue) {
        return redis.execute(
                LuaScripts.SAVE_JOB,
                List.of(keys.job(job.id())),
                saveArguments(storedStatus, job, expectedVersion, records, enqueue));
    }

    /** ARGV of save-job.lua (described at its top) for a write by the API or the hooks: no lease, no entry to ack. */
    private Object[] saveArguments(
            String storedStatus, Job job, long expectedVersion, List<ExecutionEvent> records, boolean enqueue) {
        String finishedAt =
                job.status().isFinished() ? Long.toString(job.finishedAt().toEpochMilli()) : "";
        return new Object[] {
            Long.toString(expectedVersion),
            json.writeValueAsString(job),
            keys.jobsSlotPrefix(),
            "",
            "",
            Long.toString(job.createdAt().toEpochMilli()),
            finishedAt,
            json.writeValueAsString(ExecutionRecords.entries(records)),
            "0-0",
            enqueue ? "1" : "0",
            "",
            "",
            storedStatus,
            job.id(),
            job.projectId(),
            job.status().name(),
            job.source()
        };
    }

    private Job parse(String document) {
        return json.readValue(document, Job.class);
    }
}
