package io.devopstrack.jobs.redis;

import org.slf4j.Logger;

/**
 * How long a consumer loop waits after a Redis error: 100 ms (or the given first wait), doubling up to 5 s, back to
 * the first wait after a success. Not thread-safe: one per loop.
 */
public final class Backoff {

    public static final long FIRST_MS = 100;
    public static final long MAX_MS = 5_000;

    private final long firstMs;
    private long next;

    public Backoff() {
        this(FIRST_MS);
    }

    public Backoff(long firstMs) {
        this.firstMs = firstMs;
        this.next = firstMs;
    }

    /** The wait after this failure; the next failure in a row waits twice as long. */
    public long next() {
        long wait = next;
        next = Math.min(MAX_MS, next * 2);
        return wait;
    }

    public void reset() {
        next = firstMs;
    }

    /**
     * Logs that {@code what} is unavailable and waits the next back-off; false when the thread was interrupted
     * meanwhile, which ends the loop.
     */
    public boolean pauseAfter(RuntimeException failure, Logger log, String what) {
        long wait = next();
        log.warn(
                "{} unavailable ({}); retrying in {} ms",
                what,
                failure.getClass().getSimpleName(),
                wait);
        return pause(wait);
    }

    /**
     * Sleeps that long; false when the thread was interrupted meanwhile (its flag set again), which ends the loop.
     */
    public static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
