package io.devopstrack.metrics.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InFlightTests {

    private final InFlight inFlight = new InFlight();

    @Test
    void aBatchOfSeveralPagesCompletesTheirEntriesInOrder() {
        inFlight.add("a 1\nb 2", List.of(entry("1-0"), entry("2-0")));
        inFlight.add("c 3", List.of(entry("3-0")));
        inFlight.add("d 4", List.of(entry("4-0")));

        assertThat(inFlight.complete("a 1\nb 2\nc 3")).containsExactly(entry("1-0"), entry("2-0"), entry("3-0"));
        assertThat(inFlight.size()).isEqualTo(1);
        assertThat(inFlight.complete("d 4")).containsExactly(entry("4-0"));
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void aPageWhoseBatchWasLostIsDroppedWithoutBeingAcknowledged() {
        inFlight.add("a 1", List.of(entry("1-0")));
        inFlight.add("b 2", List.of(entry("2-0")));

        assertThat(inFlight.complete("b 2")).containsExactly(entry("2-0"));
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void aBatchWrittenBeforeAClearMatchesNothingAndLeavesTheQueueAlone() {
        inFlight.add("a 1", List.of(entry("1-0")));
        inFlight.clear();
        inFlight.add("b 2", List.of(entry("2-0")));

        assertThat(inFlight.complete("a 1")).isEmpty();
        assertThat(inFlight.complete("b 2")).containsExactly(entry("2-0"));
    }

    @Test
    void aPageOnlyMatchesAWholeRecordNotThePrefixOfALongerLine() {
        inFlight.add("a 1", List.of(entry("1-0")));

        assertThat(inFlight.complete("a 12")).isEmpty();
        assertThat(inFlight.size()).isEqualTo(1);
    }

    @Test
    void roomIsBoundedByTheNumberOfEntriesNotPages() throws InterruptedException {
        inFlight.add("a 1\nb 2", List.of(entry("1-0"), entry("2-0")));

        assertThat(inFlight.awaitRoom(2, 10)).isFalse();
        assertThat(inFlight.awaitRoom(3, 10)).isTrue();
    }

    private static EntryRef entry(String id) {
        return new EntryRef("s", id);
    }
}
