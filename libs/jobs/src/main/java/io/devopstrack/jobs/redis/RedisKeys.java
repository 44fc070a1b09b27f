package io.devopstrack.jobs.redis;

/**
 * The Redis key names of docs/tasks.md, all under one prefix ({@code devopstrack:}; tests use a unique one per
 * run). Each app builds it from its own configured prefix.
 */
public final class RedisKeys {

    /** The consumer group of the queue stream. */
    public static final String WORKERS_GROUP = "workers";
    /** The consumer group of tasks-service on the external runs stream. */
    public static final String EXTERNAL_RUNS_GROUP = "tasks-service";

    private final String prefix;

    public RedisKeys(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String queue() {
        return prefix + "jobs:queue";
    }

    public String job(String id) {
        return prefix + "job:" + id;
    }

    public String lease(String id) {
        return prefix + "job:" + id + ":lease";
    }

    public String jobEvents() {
        return prefix + "job-events";
    }

    public String executions() {
        return prefix + "executions";
    }

    public String finishedJobs() {
        return prefix + "jobs:finished";
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
        String key = prefix + "jobs:index";
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
