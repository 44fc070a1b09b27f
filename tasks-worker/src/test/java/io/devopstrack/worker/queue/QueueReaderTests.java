package io.devopstrack.worker.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisSystemException;

/** What the consumer thread reads, with the queue mocked and the reclaim clock in the test's hands. */
class QueueReaderTests {

    private static final Duration RECLAIM_IDLE = Duration.ofSeconds(30);
    private static final JobQueue.Entry ENTRY = new JobQueue.Entry("1-0", "job-1");

    private final JobQueue queue = mock(JobQueue.class);
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final QueueReader reader =
            new QueueReader(queue, "worker-1", new PendingReclaimer(queue, "worker-1", RECLAIM_IDLE, now::get));

    @Test
    void theFirstReadCreatesTheGroupAndReclaimsEntriesOfDeadWorkers() {
        when(queue.reclaim("worker-1", RECLAIM_IDLE, 3)).thenReturn(List.of(ENTRY));

        assertThat(reader.next(3)).containsExactly(ENTRY);

        verify(queue).ensureGroup();
        verify(queue, never()).read(anyString(), anyInt(), any());
    }

    @Test
    void betweenReclaimsNewEntriesAreReadAndTheReadBlocksOnlyAfterAnEmptyOne() {
        when(queue.read("worker-1", 2, Duration.ZERO)).thenReturn(List.of());
        when(queue.read("worker-1", 2, Duration.ofSeconds(1))).thenReturn(List.of(ENTRY));
        reader.next(2);

        assertThat(reader.next(2)).isEmpty();
        assertThat(reader.next(2)).containsExactly(ENTRY);

        verify(queue).ensureGroup();
    }

    @Test
    void aReclaimIsDueAgainAQuarterOfTheIdleTimeLater() {
        reader.next(1);
        now.addAndGet(RECLAIM_IDLE.toMillis() / 4 - 1);
        reader.next(1);
        now.addAndGet(1);

        reader.next(1);

        verify(queue, times(2)).reclaim("worker-1", RECLAIM_IDLE, 1);
        verify(queue, times(1)).read("worker-1", 1, Duration.ZERO);
    }

    @Test
    void aGroupFoundGoneIsCreatedAgainBeforeTheNextRead() {
        reader.next(1);

        reader.failed(new RedisSystemException("NOGROUP No such key or consumer group", null));
        reader.next(1);

        verify(queue, times(2)).ensureGroup();
    }

    @Test
    void otherErrorsKeepTheGroup() {
        reader.next(1);

        reader.failed(new RedisSystemException("connection reset", null));
        reader.next(1);

        verify(queue, times(1)).ensureGroup();
    }
}
