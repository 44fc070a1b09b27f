package io.devopstrack.jobs.redis;

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
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.redis.RedisSystemException;

/** What a consumer thread reads, with the stream group mocked and the reclaim clock in the test's hands. */
class GroupReaderTests {

    private static final Duration RECLAIM_IDLE = Duration.ofSeconds(30);
    private static final StreamEntry ENTRY = new StreamEntry("1-0", Map.of("jobId", "job-1"));

    private final StreamGroup group = mock(StreamGroup.class);
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final GroupReader reader = new GroupReader(group, "worker-1", RECLAIM_IDLE, now::get);

    @Test
    void theFirstReadCreatesTheGroupAndReclaimsEntriesOfDeadConsumers() {
        when(group.reclaim("worker-1", RECLAIM_IDLE, 3)).thenReturn(List.of(ENTRY));

        assertThat(reader.next(3)).containsExactly(ENTRY);

        verify(group).ensure();
        verify(group, never()).read(anyString(), anyInt(), any());
    }

    @Test
    void betweenReclaimsNewEntriesAreReadAndTheReadBlocksOnlyAfterAnEmptyOne() {
        when(group.read("worker-1", 2, Duration.ZERO)).thenReturn(List.of());
        when(group.read("worker-1", 2, Duration.ofSeconds(1))).thenReturn(List.of(ENTRY));
        reader.next(2);

        assertThat(reader.next(2)).isEmpty();
        assertThat(reader.next(2)).containsExactly(ENTRY);

        verify(group).ensure();
    }

    @Test
    void aReclaimIsDueAgainAQuarterOfTheIdleTimeLater() {
        reader.next(1);
        now.addAndGet(RECLAIM_IDLE.toMillis() / 4 - 1);
        reader.next(1);
        now.addAndGet(1);

        reader.next(1);

        verify(group, times(2)).reclaim("worker-1", RECLAIM_IDLE, 1);
        verify(group, times(1)).read("worker-1", 1, Duration.ZERO);
    }

    @Test
    void aFailedReclaimIsNotTriedAgainBeforeItsPeriod() {
        when(group.reclaim("worker-1", RECLAIM_IDLE, 1)).thenThrow(new RedisSystemException("timeout", null));
        try {
            reader.next(1);
        } catch (RedisSystemException expected) {
            reader.failed(expected);
        }

        reader.next(1);

        verify(group, times(1)).reclaim("worker-1", RECLAIM_IDLE, 1);
        verify(group).read("worker-1", 1, Duration.ZERO);
    }

    /** A group found gone is created again before the next read; other errors keep the group. */
    @ParameterizedTest(name = "after \"{0}\" the group is ensured {1} times")
    @CsvSource(
            delimiter = '|',
            value = {"NOGROUP No such key or consumer group | 2", "connection reset | 1"})
    void onlyAGroupFoundGoneIsCreatedAgainBeforeTheNextRead(String error, int ensures) {
        reader.next(1);

        reader.failed(new RedisSystemException(error, null));
        reader.next(1);

        verify(group, times(ensures)).ensure();
    }
}
