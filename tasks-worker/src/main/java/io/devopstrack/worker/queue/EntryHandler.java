package io.devopstrack.worker.queue;

import io.devopstrack.worker.job.JobRunner;
import io.devopstrack.worker.job.JobStore;
import io.devopstrack.worker.job.LeaseLost;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Handles one queue entry on a runner thread: takes the job's lease, runs the job and acknowledges the entry
 * when the job is done (or gone); any failure leaves the entry pending, to be reclaimed. Gives the job's slot
 * back in every case.
 */
@Component
class EntryHandler {

    private static final Logger log = LoggerFactory.getLogger(EntryHandler.class);

    private final JobQueue queue;
    private final JobStore store;
    private final JobRunner runner;
    private final LeaseKeeper leases;
    private final String consumer;
    private final AtomicLong runs = new AtomicLong();

    EntryHandler(JobQueue queue, JobStore store, JobRunner runner, LeaseKeeper leases, ConsumerName consumerName) {
        this.queue = queue;
        this.store = store;
        this.runner = runner;
        this.leases = leases;
        this.consumer = consumerName.value();
    }

    void handle(JobQueue.Entry entry, JobSlots.Slot slot) {
        String owner = consumer + "/" + runs.incrementAndGet();
        try {
            if (entry.jobId().isEmpty()) {
                queue.release(entry, owner);
                return;
            }
            JobStore.Claim claim = store.claim(entry.jobId(), owner);
            if (claim instanceof JobStore.Claim.Taken taken) {
                if (!run(taken, entry, owner)) {
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
            log.warn(
                    "Job {} interrupted by {}; it will be reclaimed",
                    entry.jobId(),
                    e.getClass().getSimpleName());
        } finally {
            slot.release();
        }
    }

    /** Whether this run acknowledged the entry (with the job's final write). */
    private boolean run(JobStore.Claim.Taken taken, JobQueue.Entry entry, String owner) throws InterruptedException {
        leases.track(entry, owner);
        try {
            return runner.run(taken.job(), owner, entry.id());
        } finally {
            leases.untrack(entry);
        }
    }
}
