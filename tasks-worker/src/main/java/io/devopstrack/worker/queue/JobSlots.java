package io.devopstrack.worker.queue;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The worker's job slots: at most {@code concurrency} jobs run at once. Slots are taken in one place
 * ({@link #takeFree()}) and each goes back exactly once: with its job, or with the batch when no job got it.
 */
final class JobSlots {

    private final Semaphore free;

    JobSlots(int count) {
        this.free = new Semaphore(count);
    }

    /** Waits until a slot is free, then takes every free slot, so that one read can fill them all. */
    Batch takeFree() throws InterruptedException {
        free.acquire();
        return new Batch(1 + free.drainPermits());
    }

    int free() {
        return free.availablePermits();
    }

    private void giveBack(int count) {
        if (count > 0) {
            free.release(count);
        }
    }

    /** Slots taken for one read; those not handed out to a job go back when the batch is closed. */
    final class Batch implements AutoCloseable {

        private int left;

        private Batch(int size) {
            this.left = size;
        }

        int remaining() {
            return left;
        }

        /** One slot for one job; the job gives it back with {@link Slot#release()} when it ends. */
        Slot handOut() {
            if (left == 0) {
                throw new IllegalStateException("every slot of this batch is handed out");
            }
            left--;
            return new Slot();
        }

        @Override
        public void close() {
            giveBack(left);
            left = 0;
        }
    }

    /** The slot of one job; releasing it again gives nothing back. */
    final class Slot {

        private final AtomicBoolean held = new AtomicBoolean(true);

        void release() {
            if (held.compareAndSet(true, false)) {
                giveBack(1);
            }
        }
    }
}
