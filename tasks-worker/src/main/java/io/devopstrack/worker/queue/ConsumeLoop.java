package io.devopstrack.worker.queue;

import io.devopstrack.jobs.redis.Backoff;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer thread: waits for free slots, reads as many entries and hands each, with its slot, to a
 * runner thread. Redis errors never end it: it backs off and tries again; {@link #stop()} does.
 */
final class ConsumeLoop implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ConsumeLoop.class);

    private final JobSlots slots;
    private final QueueReader reader;
    private final EntryHandler handler;
    private final Executor runners;
    private final Backoff backoff = new Backoff();
    private volatile boolean active = true;

    ConsumeLoop(JobSlots slots, QueueReader reader, EntryHandler handler, Executor runners) {
        this.slots = slots;
        this.reader = reader;
        this.handler = handler;
        this.runners = runners;
    }

    @Override
    public void run() {
        while (active) {
            // The slots no entry got go back when the batch closes, before any back-off.
            try (JobSlots.Batch batch = slots.takeFree()) {
                for (JobQueue.Entry entry : reader.next(batch.remaining())) {
                    dispatch(entry, batch.handOut());
                }
                backoff.reset();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!active) {
                    return;
                }
                reader.failed(e);
                if (!backoff.pauseAfter(e, log, "Queue")) {
                    return;
                }
            }
        }
    }

    void stop() {
        active = false;
    }

    private void dispatch(JobQueue.Entry entry, JobSlots.Slot slot) {
        try {
            runners.execute(() -> handler.handle(entry, slot));
        } catch (RejectedExecutionException e) {
            slot.release();
            throw e;
        }
    }
}
