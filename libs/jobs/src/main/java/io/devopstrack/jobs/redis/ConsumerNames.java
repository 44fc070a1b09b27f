package io.devopstrack.jobs.redis;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/** A process's consumer name in a stream's group: the configured one, else unique per process (pid@host + random). */
public final class ConsumerNames {

    private ConsumerNames() {}

    /** A restarted process is a new consumer: what the old one left pending is reclaimed, not read as its own. */
    public static String orUnique(String configured) {
        return configured == null || configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "-"
                        + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }
}
