package io.devopstrack.jobs.redis;

/**
 * The Redis key names of docs/tasks.md, all under one configured prefix ({@code devopstrack:}; tests use a unique
 * one per run). Each app builds it from its own configured prefix.
 *
 * <p>Every key that a job script or a multi-key command touches together (job documents, leases, indexes, the
 * queue stream, the executions stream) is in the <em>jobs slot</em>: {@code <prefix>{jobs}:...}. Redis Cluster
 * hashes only the text between the braces, so they all live in one hash slot, as Lua scripts and multi-key commands
 * require there. Keys used alone (SSE tickets,
 * the external runs stream) stay outside it so that they spread over the cluster. A new key that a script touches
 * with the others must use {@link #inJobsSlot}.
 */
public final class RedisKeys {

    /** The consumer group of the queue stream. */
    public static final String WORKERS_GROUP = "workers";
    /** The consumer group of tasks-service on the external runs stream. */
    public static final String EXTERNAL_RUNS_GROUP = "tasks-service";
    /** The hash tag of the jobs slot. */
    public static final String JOBS_SLOT_TAG = "{jobs}";

    private final String prefix;

    public RedisKeys(String prefix) {
        this.prefix = prefix;
    }

    /** The configured prefix, without the hash tag. */
    public String prefix() {
        return prefix;
    }

    /** The prefix of the keys in the jobs slot, from which the scripts build the keys they do not get as KEYS. */
    public String jobsSlotPrefix() {
        return prefix + JOBS_SLOT_TAG + ":";
    }

    private String inJobsSlot(String name) {
        return jobsSlotPrefix() + name;
    }

    public String queue() {
        return inJobsSlot("jobs:queue");
    }

    public String job(String id) {
        return inJobsSlot("job:" + id);
    }

    public String lease(String id) {
        return inJobsSlot("job:" + id + ":lease");
    }

    /** The pub/sub channel of job changes; named from the jobs slot prefix as save-job.lua does (channels have no slot). */
    public String jobEvents() {
        return inJobsSlot("job-events");
    }

    public String executions() {
        return inJobsSlot("executions");
    }

    public String finishedJobs() {
        return inJobsSlot("jobs:finished");
    }

    /** Runs and stages reported by hooks (projects-service → tasks-service), group {@link #EXTERNAL_RUNS_GROUP}. */
    public String externalRuns() {
        return prefix + "external-runs";
    }

    /** The list index for the given filters (either may be null): a sorted set of job ids by creation time. */
    public String index(String projectId, String status) {
        return index(projectId, status, null);
    }

    /**
     * The list index for the given filters (any may be null). save-job.lua and purge-jobs.lua build the same names:
     * {@code jobs:index[:project:{p}][:source:{s}][:status:{s}]}.
     */
    public String index(String projectId, String status, String source) {
        String key = inJobsSlot("jobs:index");
        if (projectId != null) {
            key += ":project:" + projectId;
        }
        if (source != null) {
            key += ":source:" + source;
        }
        if (status != null) {
            key += ":status:" + status;
        }
        return key;
    }

    public String sseTicket(String ticket) {
        return prefix + "sse-ticket:" + ticket;
    }
}
