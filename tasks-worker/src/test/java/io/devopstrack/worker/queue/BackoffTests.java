package io.devopstrack.worker.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

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
}
