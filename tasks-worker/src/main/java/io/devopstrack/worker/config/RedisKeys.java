package io.devopstrack.worker.config;

import org.springframework.stereotype.Component;

/** The Redis key names of docs/contracts.md, all under one prefix. */
@Component
public class RedisKeys {

    public static final String WORKERS_GROUP = "workers";

    private final String prefix;

    public RedisKeys(WorkerProperties properties) {
        this.prefix = properties.keyPrefix();
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

    public String executions() {
        return prefix + "executions";
    }

    public String jobEvents() {
        return prefix + "job-events";
    }
}
