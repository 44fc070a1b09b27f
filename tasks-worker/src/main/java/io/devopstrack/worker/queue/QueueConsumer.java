package io.devopstrack.worker.queue;

import io.devopstrack.jobs.redis.ConsumerLoop;
import io.devopstrack.jobs.redis.GroupReader;
import io.devopstrack.platform.lifecycle.BackgroundWork;
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
import org.springframework.stereotype.Component;

/**
 * Starts the worker's threads (as {@link BackgroundWork}): the consumer loop that reads
 * entries and reclaims those of dead workers ({@link JobDispatcher} in a {@link ConsumerLoop}), {@code concurrency}
 * runner threads ({@link EntryHandler}) and the lease renewer ({@link LeaseKeeper}).
 */
@Component
public record QueueConsumer(
        JobQueue queue, EntryHandler handler, LeaseKeeper leases, WorkerProperties properties, ConsumerName name)
        implements BackgroundWork.Starter {

    private static final Logger log = LoggerFactory.getLogger(QueueConsumer.class);

    @Override
    public BackgroundWork.Running start() {
        ExecutorService runners = Executors.newFixedThreadPool(properties.concurrency(), named("job-runner"));
        ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(named("lease-renewer"));
        long renewEvery = Math.max(50, leases.lease().toMillis() / 3);
        renewer.scheduleWithFixedDelay(leases::renewAll, renewEvery, renewEvery, TimeUnit.MILLISECONDS);
        GroupReader reader = queue.reader(name.value(), Duration.ofMillis(properties.reclaimIdleMs()));
        JobDispatcher dispatcher = new JobDispatcher(new JobSlots(properties.concurrency()), reader, handler, runners);
        ConsumerLoop loop = new ConsumerLoop("Queue", reader, dispatcher::pass);
        loop.startThread("queue-consumer");
        log.info("Consumer {} takes jobs from the queue, {} at a time", name.value(), properties.concurrency());
        return new Threads(loop, runners, renewer);
    }

    private record Threads(ConsumerLoop loop, ExecutorService runners, ScheduledExecutorService renewer)
            implements BackgroundWork.Running {

        @Override
        public void stop() {
            loop.stop();
            // Jobs still running are abandoned: their entries stay pending and another worker reclaims them.
            runners.shutdownNow();
            renewer.shutdownNow();
            loop.awaitStop(Duration.ofSeconds(2));
            try {
                runners.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
