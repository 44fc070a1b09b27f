package io.devopstrack.worker.queue;

import io.devopstrack.worker.config.WorkerProperties;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the leases of the jobs running here alive and their entries from looking idle, so that no other
 * worker reclaims a job whose runner is alive. {@link QueueConsumer} calls {@link #renewAll()} every third
 * of the lease time.
 */
@Component
class LeaseKeeper {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final JobQueue queue;
    private final String consumer;
    private final Duration lease;
    private final Map<String, Running> running = new ConcurrentHashMap<>();

    private record Running(JobQueue.Entry entry, String owner) {}

    LeaseKeeper(JobQueue queue, ConsumerName consumerName, WorkerProperties properties) {
        this.queue = queue;
        this.consumer = consumerName.value();
        this.lease = Duration.ofMillis(properties.leaseMs());
    }

    Duration lease() {
        return lease;
    }

    void track(JobQueue.Entry entry, String owner) {
        running.put(entry.id(), new Running(entry, owner));
    }

    void untrack(JobQueue.Entry entry) {
        running.remove(entry.id());
    }

    void renewAll() {
        for (Running run : running.values()) {
            try {
                if (!queue.renew(run.entry(), run.owner(), consumer, lease)) {
                    log.warn("Lease of job {} lost", run.entry().jobId());
                }
            } catch (RuntimeException e) {
                log.debug("Lease renewal failed: {}", e.getClass().getSimpleName());
            }
        }
    }
}
