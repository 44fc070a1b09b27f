package io.devopstrack.projects.integration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/**
 * The ids of the deliveries this process has just accepted, oldest first: where the relay looks before it scans
 * for pending deliveries. Only a hint: the record in MongoDB is what a 202 stands for, and what a lost hint (a
 * restart, a full queue, another replica's intake) leaves behind is found by the relay's periodic scan. The ids of
 * a batch that failed come back once their claims have expired, so that an outage of Redis or MongoDB is
 * recovered from without waiting for that scan.
 */
@Component
public class NewDeliveries {

    private static final int CAPACITY = 100_000;

    private final BlockingQueue<String> ids = new ArrayBlockingQueue<>(CAPACITY);
    private final ConcurrentLinkedQueue<Retry> retries = new ConcurrentLinkedQueue<>();

    private record Retry(List<String> ids, Instant notBefore) {}

    void accepted(String deliveryId) {
        ids.offer(deliveryId); // a full queue drops the hint, not the delivery
    }

    /** The ids of a batch that failed, to take again after {@code wait} (when their claims have expired). */
    public void retryAfter(List<String> failed, Duration wait) {
        retries.add(new Retry(List.copyOf(failed), Instant.now().plus(wait)));
    }

    /** The failed batches whose time has come first, then the oldest hints not taken yet, at most {@code max}. */
    public List<String> next(int max) {
        List<String> taken = new ArrayList<>(Math.min(max, ids.size()));
        Retry due = retries.peek();
        if (due != null && !due.notBefore().isAfter(Instant.now()) && retries.remove(due)) {
            taken.addAll(due.ids());
        }
        ids.drainTo(taken, Math.max(0, max - taken.size()));
        return taken;
    }
}
