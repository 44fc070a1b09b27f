package io.devopstrack.jobs.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisSystemException;

class ConsumerLoopTests {

    private final GroupReader reader = mock(GroupReader.class);

    @Test
    void aRedisErrorIsToldToTheReaderAndTheLoopGoesOnAfterABackOff() {
        RedisSystemException gone = new RedisSystemException("NOGROUP No such key or consumer group", null);
        AtomicInteger passes = new AtomicInteger();
        ConsumerLoop[] loop = new ConsumerLoop[1];
        loop[0] = new ConsumerLoop("Queue", reader, () -> {
            if (passes.incrementAndGet() == 1) {
                throw gone;
            }
            loop[0].stop();
        });

        loop[0].run();

        assertThat(passes).hasValue(2);
        verify(reader).failed(gone);
    }

    @Test
    void anInterruptEndsTheLoop() {
        AtomicInteger passes = new AtomicInteger();
        ConsumerLoop loop = new ConsumerLoop("Queue", reader, () -> {
            passes.incrementAndGet();
            throw new InterruptedException();
        });

        loop.run();

        assertThat(passes).hasValue(1);
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void anErrorAfterStopEndsTheLoopWithoutABackOff() {
        AtomicInteger passes = new AtomicInteger();
        ConsumerLoop[] loop = new ConsumerLoop[1];
        loop[0] = new ConsumerLoop("Queue", reader, () -> {
            passes.incrementAndGet();
            loop[0].stop();
            throw new IllegalStateException("pool shut down");
        });

        loop[0].run();

        assertThat(passes).hasValue(1);
        verify(reader, never()).failed(any());
    }

    @Test
    void onItsOwnThreadAStopInterruptsABlockedPassAndTheThreadEnds() throws InterruptedException {
        CountDownLatch blocked = new CountDownLatch(1);
        CountDownLatch neverReleased = new CountDownLatch(1);
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        ConsumerLoop loop = new ConsumerLoop("Queue", reader, () -> {
            ranOn.set(Thread.currentThread());
            blocked.countDown();
            neverReleased.await(); // a read blocked in Redis: only the interrupt of stop() ends it
        });

        loop.startThread("queue-consumer");
        assertThat(blocked.await(5, TimeUnit.SECONDS)).isTrue();
        loop.stop();
        loop.awaitStop(Duration.ofSeconds(5));

        assertThat(ranOn.get().getName()).isEqualTo("queue-consumer");
        assertThat(ranOn.get().isDaemon()).isTrue();
        assertThat(ranOn.get().isAlive()).isFalse();
    }
}
