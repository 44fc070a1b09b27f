package io.devopstrack.metrics.ingestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stream entries handed to the batching writer and not yet acknowledged, keyed by their line protocol: a
 * {@code WriteSuccessEvent} carries the lines it wrote, which is how a batch finds its entries again. Two entries
 * with the same line (a redelivered event) share one point, so both are acknowledged by the first write.
 */
final class InFlight {

    private final Map<String, List<EntryRef>> byLine = new HashMap<>();
    private int entries;

    synchronized void add(String line, EntryRef entry) {
        byLine.computeIfAbsent(line, l -> new ArrayList<>(1)).add(entry);
        entries++;
    }

    synchronized List<EntryRef> complete(String[] lines) {
        List<EntryRef> done = new ArrayList<>(lines.length);
        for (String line : lines) {
            List<EntryRef> refs = byLine.remove(line);
            if (refs != null) {
                done.addAll(refs);
            }
        }
        entries -= done.size();
        notifyAll();
        return done;
    }

    /** Forgets everything: used after a failed write, when the pending entries are read again from Redis. */
    synchronized void clear() {
        byLine.clear();
        entries = 0;
        notifyAll();
    }

    synchronized int size() {
        return entries;
    }

    /** Waits (bounded) until fewer than {@code limit} entries are in flight; true when there is room. */
    synchronized boolean awaitRoom(int limit, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (entries >= limit) {
            long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
