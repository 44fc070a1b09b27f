package io.devopstrack.worker.queue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Queue depth and pending count, read from Redis on a schedule rather than at scrape time, so that a
 * scrape never waits on (or fails with) Redis.
 */
@Component
public class QueueGauges {

    private final JobQueue queue;
    private final AtomicLong depth = new AtomicLong();
    private final AtomicLong pending = new AtomicLong();

    public QueueGauges(JobQueue queue, MeterRegistry registry) {
        this.queue = queue;
        Gauge.builder("devopstrack.queue.depth", depth, AtomicLong::get)
                .description("Queue entries not yet delivered to a worker")
                .register(registry);
        Gauge.builder("devopstrack.queue.pending", pending, AtomicLong::get)
                .description("Queue entries delivered to a worker and not yet acknowledged")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${devopstrack.worker.gauge-refresh-ms:2000}")
    void refresh() {
        try {
            long pendingNow = queue.pending();
            pending.set(pendingNow);
            depth.set(queue.depth(pendingNow));
        } catch (RuntimeException e) {
            // Redis is away: keep the last values; /healthz reports the outage.
        }
    }
}
