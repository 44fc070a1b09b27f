package io.devopstrack.jobs.redis;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The body of a stream consumer's thread: runs one pass after another until {@link #stop()}. A Redis error never
 * ends it: the reader is told (a group found gone is created again), the loop backs off (100 ms doubling to 5 s)
 * and goes on; an interrupt does end it. {@link #startThread} runs it on a daemon thread of its own, which
 * {@link #stop()} interrupts and {@link #awaitStop} waits for.
 */
public final class ConsumerLoop implements Runnable {

    /** One pass: read what there is and hand it on. */
    @FunctionalInterface
    public interface Pass {
        void run() throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(ConsumerLoop.class);

    private final String what;
    private final GroupReader reader;
    private final Pass pass;
    private final Backoff backoff = new Backoff();
    private volatile boolean active = true;
    private volatile Thread thread;

    /** {@code what} names the stream in the log lines of a failure ("Queue unavailable (...)"). */
    public ConsumerLoop(String what, GroupReader reader, Pass pass) {
        this.what = what;
        this.reader = reader;
        this.pass = pass;
    }

    @Override
    public void run() {
        while (active) {
            try {
                pass.run();
                backoff.reset();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!active) {
                    return;
                }
                reader.failed(e);
                if (!backoff.pauseAfter(e, log, what)) {
                    return;
                }
            }
        }
    }

    /** Runs the loop on a new daemon thread named {@code threadName}. */
    public void startThread(String threadName) {
        Thread started = new Thread(this, threadName);
        started.setDaemon(true);
        thread = started;
        started.start();
    }

    /**
     * Ends the loop after the pass under way; a thread started by {@link #startThread} is interrupted, which ends a
     * blocked read or a back-off sooner.
     */
    public void stop() {
        active = false;
        Thread started = thread;
        if (started != null) {
            started.interrupt();
        }
    }

    /** Waits up to {@code wait} for the thread {@link #startThread} started to end. */
    public void awaitStop(Duration wait) {
        Thread started = thread;
        if (started == null) {
            return;
        }
        try {
            started.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
