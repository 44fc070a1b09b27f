package io.devopstrack.worker.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.devopstrack.jobs.Job;
import io.devopstrack.worker.config.WorkerProperties;
import io.devopstrack.worker.job.JobRunner;
import io.devopstrack.worker.job.JobStore;
import io.devopstrack.worker.job.LeaseLost;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;

/** When one entry is acknowledged and when it stays pending, with Redis mocked. */
class EntryHandlerTests {

    private static final JobQueue.Entry ENTRY = new JobQueue.Entry("1-0", "job-1");
    private static final WorkerProperties PROPERTIES =
            new WorkerProperties(1, 0, 0, 0, 30_000, 10_000, 7, "test:", "worker-1");

    private final JobQueue queue = mock(JobQueue.class);
    private final JobStore store = mock(JobStore.class);
    private final JobRunner runner = mock(JobRunner.class);
    private final ConsumerName name = new ConsumerName(PROPERTIES);
    private final EntryHandler handler =
            new EntryHandler(queue, store, runner, new LeaseKeeper(queue, name, PROPERTIES), name);
    private final JobSlots slots = new JobSlots(1);

    @Test
    void aJobThisRunFinishedWasAcknowledgedByItsLastWriteAndItsSlotGoesBack() throws Exception {
        Job job = takenJob();
        when(runner.run(eq(job), anyString(), eq("1-0"))).thenReturn(true);

        handler.handle(ENTRY, slot());

        assertNotReleasedHereAndTheSlotBack();
    }

    @Test
    void aJobFoundAlreadyFinishedIsAcknowledgedHere() throws Exception {
        Job job = takenJob();
        when(runner.run(eq(job), anyString(), eq("1-0"))).thenReturn(false);

        handler.handle(ENTRY, slot());

        verify(queue).release(eq(ENTRY), eq("worker-1/1"));
    }

    @Test
    void anEntryWhoseJobIsGoneIsAcknowledged() {
        claimAnswers(new JobStore.Claim.Gone());

        handler.handle(ENTRY, slot());

        verify(queue).release(eq(ENTRY), anyString());
    }

    @Test
    void anEntryWhoseJobAnotherRunnerHoldsStaysPending() {
        claimAnswers(new JobStore.Claim.HeldByAnother());

        handler.handle(ENTRY, slot());

        assertNotReleasedHereAndTheSlotBack();
    }

    @Test
    void aLostLeaseOrARedisErrorLeavesTheEntryPendingAndFreesTheSlot() throws Exception {
        Job job = takenJob();
        when(runner.run(eq(job), anyString(), eq("1-0")))
                .thenThrow(new LeaseLost("job-1"))
                .thenThrow(new QueryTimeoutException("Redis away"));

        handler.handle(ENTRY, slot());
        handler.handle(ENTRY, slot());

        assertNotReleasedHereAndTheSlotBack();
    }

    /** The store hands this handler the job of ENTRY. */
    private Job takenJob() {
        Job job = job();
        claimAnswers(new JobStore.Claim.Taken(job));
        return job;
    }

    private void claimAnswers(JobStore.Claim claim) {
        when(store.claim(eq("job-1"), anyString())).thenReturn(claim);
    }

    /** The handler did not release the entry itself, and the slot is free again. */
    private void assertNotReleasedHereAndTheSlotBack() {
        verify(queue, never()).release(any(), anyString());
        assertThat(slots.free()).isEqualTo(1);
    }

    private JobSlots.Slot slot() {
        try (JobSlots.Batch batch = slots.takeFree()) {
            return batch.handOut();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Job job() {
        return Job.queued(
                UUID.randomUUID().toString(), "project-1", "main", List.of("build"), 1, null, "tester", Instant.now());
    }
}
