package io.devopstrack.worker.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class JobSlotsTests {

    private final JobSlots slots = new JobSlots(4);

    @Test
    void aBatchTakesEveryFreeSlot() throws Exception {
        try (JobSlots.Batch batch = slots.takeFree()) {
            assertThat(batch.remaining()).isEqualTo(4);
            assertThat(slots.free()).isZero();
        }
    }

    @Test
    void slotsNoJobGotGoBackWhenTheBatchCloses() throws Exception {
        try (JobSlots.Batch batch = slots.takeFree()) {
            batch.handOut();
        }

        assertThat(slots.free()).isEqualTo(3);
    }

    @Test
    void aJobsSlotGoesBackOnceHoweverOftenItIsReleased() throws Exception {
        JobSlots.Slot slot;
        try (JobSlots.Batch batch = slots.takeFree()) {
            slot = batch.handOut();
        }

        slot.release();
        slot.release();

        assertThat(slots.free()).isEqualTo(4);
    }

    @Test
    void aBatchCannotHandOutMoreSlotsThanItTook() throws Exception {
        JobSlots one = new JobSlots(1);
        try (JobSlots.Batch batch = one.takeFree()) {
            batch.handOut();

            assertThatThrownBy(batch::handOut).isInstanceOf(IllegalStateException.class);
        }
        assertThat(one.free()).isZero();
    }

    @Test
    void takingWaitsUntilARunningJobGivesItsSlotBack() throws Exception {
        JobSlots one = new JobSlots(1);
        JobSlots.Slot running;
        try (JobSlots.Batch batch = one.takeFree()) {
            running = batch.handOut();
        }
        CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> {
            try (JobSlots.Batch batch = one.takeFree()) {
                return batch.remaining();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertThat(next).isNotDone();

        running.release();

        assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    }
}
