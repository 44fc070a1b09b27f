package io.devopstrack.jobs.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BackoffTests {

    private final Backoff backoff = new Backoff();

    @Test
    void failuresInARowWaitTwiceAsLongUpToFiveSeconds() {
        assertThat(LongStream.generate(backoff::next).limit(8).toArray())
                .containsExactly(100, 200, 400, 800, 1_600, 3_200, 5_000, 5_000);
    }

    @Test
    void aSuccessStartsAgainFromOneHundredMilliseconds() {
        backoff.next();
        backoff.next();

        backoff.reset();

        assertThat(backoff.next()).isEqualTo(100);
    }

    @Test
    void aLongerFirstWaitDoublesUpToFiveSecondsToo() {
        Backoff slower = new Backoff(500);

        assertThat(LongStream.generate(slower::next).limit(5).toArray())
                .containsExactly(500, 1_000, 2_000, 4_000, 5_000);
    }

    @Test
    void anInterruptedPauseSaysSoAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();

        boolean slept = Backoff.pause(1_000);

        assertThat(slept).isFalse();
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void aPauseAfterAFailureWaitsTheNextBackOff() {
        Backoff quick = new Backoff(1);

        boolean slept = quick.pauseAfter(new IllegalStateException("down"), LoggerFactory.getLogger("test"), "Queue");

        assertThat(slept).isTrue();
        assertThat(quick.next()).isEqualTo(2);
    }
}
