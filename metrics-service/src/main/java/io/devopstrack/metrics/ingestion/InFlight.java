package io.devopstrack.metrics.ingestion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pages of stream entries handed to the batching writer and not yet acknowledged, in the order they were
 * written. Each page is one WriteApi record (its entries' lines joined by newlines). The WriteApi writes its
 * batches one after the other, in that same order, and a {@code WriteSuccessEvent} carries the batch's records
 * joined by newlines: a batch is matched record by record against the head of the queue, which costs one
 * comparison per page instead of splitting the batch and hashing every line.
 */
final class InFlight {

    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int entries;

    synchronized void add(String record, List<EntryRef> pageEntries) {
        queue.addLast(new Pending(record, pageEntries));
        entries += pageEntries.size();
    }

    /**
     * Removes and returns the entries of the pages that make up {@code batch}. A page waiting ahead of the batch's
     * first page belonged to a batch that was not written (the writer reported that failure and the loop reads
     * the pending entries again), so it is dropped; a batch that matches nothing was submitted before the last
     * {@link #clear()} and is ignored. Either way, only entries whose lines were written are returned.
     */
    synchronized List<EntryRef> complete(String batch) {
        List<EntryRef> done = new ArrayList<>();
        int offset = 0;
        while (offset < batch.length()) {
            Pending page = removeUpTo(batch, offset);
            if (page == null) {
                break;
            }
            done.addAll(page.entries());
            offset += page.record().length() + 1;
        }
        notifyAll();
        return done;
    }

    /** Removes the first page that opens batch at offset, and the pages before it; null (nothing removed) if none. */
    private Pending removeUpTo(String batch, int offset) {
        int skipped = 0;
        for (Pending page : queue) {
            if (page.opens(batch, offset)) {
                for (int i = 0; i <= skipped; i++) {
                    entries -= queue.removeFirst().entries().size();
                }
                return page;
            }
            skipped++;
        }
        return null;
    }

    /** Forgets everything: used after a failed write, when the pending entries are read again from Redis. */
    synchronized void clear() {
        queue.clear();
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

    private record Pending(String record, List<EntryRef> entries) {

        boolean opens(String batch, int offset) {
            int end = offset + record.length();
            return batch.startsWith(record, offset) && (end == batch.length() || batch.charAt(end) == '\n');
        }
    }
}
