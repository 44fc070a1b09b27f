package io.devopstrack.metrics.ingestion;

import static io.devopstrack.metrics.ingestion.ReadSchedule.Step.CLAIM;
import static io.devopstrack.metrics.ingestion.ReadSchedule.Step.READ;
import static io.devopstrack.metrics.ingestion.ReadSchedule.Step.REPLAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.StreamMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadScheduleTests {

    private static final List<String> STREAMS = List.of("executions", "deployments");
    private static final Duration CLAIM_IDLE = Duration.ofSeconds(60);

    private final ReadSchedule schedule = new ReadSchedule(STREAMS, CLAIM_IDLE, 0);

    @Test
    void aStartReplaysTheConsumersOwnPendingEntriesFromIdZeroOfEveryStream() {
        assertThat(schedule.next(0)).isEqualTo(REPLAY);
        assertThat(schedule.replayFrom()).containsExactly(Map.entry("executions", "0"), Map.entry("deployments", "0"));
    }

    @Test
    void eachReplayPageStartsAfterTheLastIdReplayedOfEachStream() {
        schedule.replayed(List.of(entry("executions", "5-0"), entry("executions", "7-1"), entry("deployments", "3-0")));

        assertThat(schedule.next(1)).isEqualTo(REPLAY);
        assertThat(schedule.replayFrom())
                .containsExactly(Map.entry("executions", "7-1"), Map.entry("deployments", "3-0"));
    }

    @Test
    void anEmptyReplayPageEndsTheReplayAndNewEntriesAreRead() {
        schedule.replayed(List.of(entry("executions", "5-0")));
        schedule.replayed(List.of());

        assertThat(schedule.next(1)).isEqualTo(READ);
    }

    @Test
    void idleEntriesAreClaimedOnceClaimIdleHasPassedSinceTheStart() {
        schedule.replayed(List.of());

        assertThat(schedule.next(59_999)).isEqualTo(READ);
        assertThat(schedule.next(60_000)).isEqualTo(CLAIM);
    }

    @Test
    void afterAClaimTheNextOneWaitsAnotherClaimIdle() {
        schedule.replayed(List.of());
        schedule.claimed(60_500);

        assertThat(schedule.next(120_499)).isEqualTo(READ);
        assertThat(schedule.next(120_500)).isEqualTo(CLAIM);
    }

    @Test
    void replayingComesBeforeAClaimThatIsDue() {
        assertThat(schedule.next(600_000)).isEqualTo(REPLAY);
    }

    @Test
    void aFailedWriteSendsTheScheduleBackToReplayingFromIdZero() {
        schedule.replayed(List.of(entry("executions", "5-0")));
        schedule.replayed(List.of());

        schedule.replayPending();

        assertThat(schedule.next(1)).isEqualTo(REPLAY);
        assertThat(schedule.replayFrom()).containsEntry("executions", "0").containsEntry("deployments", "0");
    }

    private static StreamMessage<String, String> entry(String stream, String id) {
        return new StreamMessage<>(stream, id, Map.of("kind", "job"));
    }
}
