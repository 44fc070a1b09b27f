package io.devopstrack.worker.queue;

/** How long the consumer loop waits after a Redis error: 100 ms, doubling up to 5 s, back to 100 ms after a success. */
final class Backoff {

    static final long FIRST_MS = 100;
    static final long MAX_MS = 5_000;

    private long next = FIRST_MS;

    /** The wait after this failure; the next failure in a row waits twice as long. */
    long next() {
        long wait = next;
        next = Math.min(MAX_MS, next * 2);
        return wait;
    }

    void reset() {
        next = FIRST_MS;
    }
}
