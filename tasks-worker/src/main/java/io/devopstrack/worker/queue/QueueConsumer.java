package io.devopstrack.worker.queue;

import io.devopstrack.worker.config.WorkerProperties;
import io.devopstrack.worker.job.JobRunner;
import io.devopstrack.worker.job.JobStore;
import io.devopstrack.worker.job.LeaseLost;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Takes entries from the queue stream and runs them, at most {@code concurrency} at a time. One loop
 * reads new entries and, every so often, reclaims entries left pending by dead workers; a scheduler keeps
 * the leases of running jobs alive. Redis errors never end the loop: it backs off and tries again.
 */
@Component
public class QueueConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueConsumer.class);
    private static final Duration BLOCK = Duration.ofSeconds(1);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final JobQueue queue;
    private final JobStore store;
    private final JobRunner runner;
    private final WorkerProperties properties;
    private final String consumer;
    private final Semaphore slots;
    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final AtomicLong runs = new AtomicLong();
    private final Duration reclaimIdle;
    private final Duration lease;
    private volatile boolean active;
    private ExecutorService runners;
    private ScheduledExecutorService leases;
    private Thread loop;

    private record Running(JobQueue.Entry entry, String owner) { }

    public QueueConsumer(JobQueue queue, JobStore store, JobRunner runner, WorkerProperties properties,
                         ConsumerName consumerName) {
        this.queue = queue;
        this.store = store;
        this.runner = runner;
        this.properties = properties;
        this.consumer = consumerName.value();
        this.slots = new Semaphore(properties.concurrency());
        this.reclaimIdle = Duration.ofMillis(properties.reclaimIdleMs());
        this.lease = Duration.ofMillis(properties.leaseMs());
    }

    @Override
    public void start() {
        active = true;
        runners = Executors.newFixedThreadPool(properties.concurrency(), named("job-runner"));
        leases = Executors.newSingleThreadScheduledExecutor(named("lease-renewer"));
        long renewEvery = Math.max(50, lease.toMillis() / 3);
        leases.scheduleWithFixedDelay(this::renewLeases, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        loop = named("queue-consumer").newThread(this::consume);
        loop.start();
        log.info("Consumer {} takes jobs from the queue, {} at a time", consumer, properties.concurrency());
    }

    @Override
    public void stop() {
        active = false;
        loop.interrupt();
        // Jobs still running are abandoned: their entries stay pending and another worker reclaims them.
        runners.shutdownNow();
        leases.shutdownNow();
        try {
            loop.join(2_000);
            runners.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return active;
    }

    private void consume() {
        long backoff = 100;
        long lastReclaim = 0;
        boolean groupReady = false;
        boolean idle = false;
        while (active) {
            int taken = 0;
            try {
                slots.acquire();
                taken = 1 + slots.drainPermits();
                if (!groupReady) {
                    queue.ensureGroup();
                    groupReady = true;
                }
                List<JobQueue.Entry> entries;
                if (System.currentTimeMillis() - lastReclaim >= reclaimEvery()) {
                    lastReclaim = System.currentTimeMillis();
                    entries = queue.reclaim(consumer, reclaimIdle, taken);
                    if (!entries.isEmpty()) {
                        log.info("Reclaimed {} pending job(s) from dead workers", entries.size());
                    }
                } else {
                    // Block only when the queue looked empty: a blocking read needs its own connection.
                    entries = queue.read(consumer, taken, idle ? BLOCK : Duration.ZERO);
                    idle = entries.isEmpty();
                }
                for (JobQueue.Entry entry : entries) {
                    runners.execute(() -> handle(entry));
                    taken--;
                }
                backoff = 100;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!active) {
                    return;
                }
                if (JobQueue.messages(e).contains("NOGROUP")) {
                    groupReady = false;
                }
                log.warn("Queue unavailable ({}); retrying in {} ms", e.getClass().getSimpleName(), backoff);
                slots.release(taken);
                taken = 0;
                if (!pause(backoff)) {
                    return;
                }
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            } finally {
                if (taken > 0) {
                    slots.release(taken);
                }
            }
        }
    }

    private long reclaimEvery() {
        return Math.max(100, reclaimIdle.toMillis() / 4);
    }

    private void handle(JobQueue.Entry entry) {
        String owner = consumer + "/" + runs.incrementAndGet();
        try {
            if (entry.jobId().isEmpty()) {
                queue.release(entry, owner);
                return;
            }
            JobStore.Claim claim = store.claim(entry.jobId(), owner);
            if (claim instanceof JobStore.Claim.Taken taken) {
                running.put(entry.id(), new Running(entry, owner));
                boolean acknowledged;
                try {
                    acknowledged = runner.run(taken.job(), owner, entry.id());
                } finally {
                    running.remove(entry.id());
                }
                if (!acknowledged) {
                    queue.release(entry, owner);
                }
            } else if (claim instanceof JobStore.Claim.Gone) {
                queue.release(entry, owner);
            }
            // HeldByAnother: its runner is alive; the entry stays pending until that runner acknowledges it.
        } catch (LeaseLost e) {
            log.info("Job {} was taken over by another worker", entry.jobId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Left pending: this or another worker reclaims it once its lease has expired.
            log.warn("Job {} interrupted by {}; it will be reclaimed", entry.jobId(), e.getClass().getSimpleName());
        } finally {
            slots.release();
        }
    }

    private void renewLeases() {
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

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
