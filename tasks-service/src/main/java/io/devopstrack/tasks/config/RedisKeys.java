package io.devopstrack.tasks.config;

import org.springframework.stereotype.Component;

/** The Redis key names of docs/contracts.md, all under one prefix. */
@Component
public class RedisKeys {

    private final String prefix;

    public RedisKeys(TasksProperties properties) {
        this.prefix = properties.keyPrefix();
    }

    public String prefix() {
        return prefix;
    }

    public String job(String id) {
        return prefix + "job:" + id;
    }

    public String jobEvents() {
        return prefix + "job-events";
    }

    public String finishedJobs() {
        return prefix + "jobs:finished";
    }

    /** The list index for the given filters (either may be null): a sorted set of job ids by creation time. */
    public String index(String projectId, String status) {
        String key = prefix + "jobs:index";
        if (projectId != null) {
            key += ":project:" + projectId;
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
