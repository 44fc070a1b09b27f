package io.devopstrack.worker.queue;

import io.devopstrack.jobs.redis.ConsumerLoop;
import io.devopstrack.jobs.redis.GroupReader;
import io.devopstrack.worker.config.WorkerProperties;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts and stops the worker's threads: the consumer loop that reads entries and reclaims those of dead
 * workers ({@link JobDispatcher} in a {@link ConsumerLoop}), {@code concurrency} runner threads ({@link EntryHandler}) and the lease
 * renewer ({@link LeaseKeeper}).
 */
@Component
public class QueueConsumer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(QueueConsumer.class);

    private final JobQueue queue;
    private final EntryHandler handler;
    private final LeaseKeeper leases;
    private final WorkerProperties properties;
    private final String consumer;
    private volatile boolean active;
    private ExecutorService runners;
    private ScheduledExecutorService renewer;
    private ConsumerLoop loop;
    private Thread loopThread;

    QueueConsumer(
            JobQueue queue,
            EntryHandler handler,
            LeaseKeeper leases,
            WorkerProperties properties,
            ConsumerName consumerName) {
        this.queue = queue;
        this.handler = handler;
        this.leases = leases;
        this.properties = properties;
        this.consumer = consumerName.value();
    }

    @Override
    public void start() {
        active = true;
        runners = Executors.newFixedThreadPool(properties.concurrency(), named("job-runner"));
        renewer = Executors.newSingleThreadScheduledExecutor(named("lease-renewer"));
        long renewEvery = Math.max(50, leases.lease().toMillis() / 3);
        renewer.scheduleWithFixedDelay(leases::renewAll, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        GroupReader reader = queue.reader(consumer, Duration.ofMillis(properties.reclaimIdleMs()));
        JobDispatcher dispatcher = new JobDispatcher(new JobSlots(properties.concurrency()), reader, handler, runners);
        loop = new ConsumerLoop("Queue", reader, dispatcher::pass);
        loopThread = named("queue-consumer").newThread(loop);
        loopThread.start();
        log.info("Consumer {} takes jobs from the queue, {} at a time", consumer, properties.concurrency());
    }

    @Override
    public void stop() {
        active = false;
        loop.stop();
        loopThread.interrupt();
        // Jobs still running are abandoned: their entries stay pending and another worker reclaims them.
        runners.shutdownNow();
        renewer.shutdownNow();
        try {
            loopThread.join(2_000);
            runners.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return active;
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
