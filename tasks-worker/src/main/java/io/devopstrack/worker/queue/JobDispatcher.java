package io.devopstrack.worker.queue;

import io.devopstrack.jobs.redis.GroupReader;
import io.devopstrack.jobs.redis.StreamEntry;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * One pass of the consumer thread: waits for free slots, reads as many entries and hands each, with its slot, to a
 * runner thread.
 */
record JobDispatcher(JobSlots slots, GroupReader reader, EntryHandler handler, Executor runners) {

    void pass() throws InterruptedException {
        // The slots no entry got go back when the batch closes, before any back-off.
        try (JobSlots.Batch batch = slots.takeFree()) {
            for (StreamEntry entry : reader.next(batch.remaining())) {
                dispatch(JobQueue.Entry.of(entry), batch.handOut());
            }
        }
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
