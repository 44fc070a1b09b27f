package io.devopstrack.platform.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.context.SmartLifecycle;

/**
 * Work that runs on threads of its own (a stream consumer, an ingestion loop), as one {@link SmartLifecycle} for
 * the service: each {@link Starter} bean is started once every bean is ready, and stopped, last started first,
 * before the clients it uses are closed.
 */
public final class BackgroundWork implements SmartLifecycle {

    /** A service's background work: starts its threads. */
    @FunctionalInterface
    public interface Starter {
        Running start();
    }

    /** Work under way; stopping it ends its threads, waiting a little for them. */
    @FunctionalInterface
    public interface Running {
        void stop();
    }

    private final List<Starter> starters;
    private final Deque<Running> running = new ArrayDeque<>();
    private volatile boolean started;

    public BackgroundWork(List<Starter> starters) {
        this.starters = List.copyOf(starters);
    }

    @Override
    public synchronized void start() {
        if (started) {
            return;
        }
        try {
            starters.forEach(starter -> running.push(starter.start()));
        } catch (RuntimeException e) {
            stopAll();
            throw e;
        }
        started = true;
    }

    @Override
    public synchronized void stop() {
        stopAll();
        started = false;
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    private void stopAll() {
        while (!running.isEmpty()) {
            running.pop().stop();
        }
    }
}
