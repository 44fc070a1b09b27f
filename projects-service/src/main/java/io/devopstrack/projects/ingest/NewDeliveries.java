package io.devopstrack.projects.ingest;

import io.devopstrack.projects.integration.DeliveryRecorded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The deliveries this process has just accepted, oldest first, each already mapped from the JSON the hook parsed:
 * where the relay looks before it scans for pending deliveries, so that it neither reads nor parses them again.
 * Only a hint: the record in MongoDB is what a 202 stands for, and what a lost hint (a restart, a full queue,
 * another replica's intake) leaves behind is found by the relay's periodic scan. The ids of a batch that failed
 * come back later, to be read from their records.
 */
@Component
public class NewDeliveries {

    private static final Logger log = LoggerFactory.getLogger(NewDeliveries.class);

    /** Mapped events are small (no payload), but a stalled relay must not fill the heap: beyond this, the scan. */
    private static final int CAPACITY = 20_000;

    /** A delivery to relay: mapped here ({@code events}), or null events when it must be read from its record. */
    public record Hint(String id, String projectId, String deliveryId, List<NormalizedEvent> events) {

        static Hint toRead(String id) {
            return new Hint(id, null, null, null);
        }
    }

    /** {@code notBefore} is a {@link System#nanoTime()}: an interval, not a time of day. */
    private record Retry(List<String> ids, long notBefore) {}

    private final BlockingQueue<Hint> hints = new ArrayBlockingQueue<>(CAPACITY);
    private final ConcurrentLinkedQueue<Retry> retries = new ConcurrentLinkedQueue<>();

    @EventListener
    void on(DeliveryRecorded recorded) {
        hints.offer(new Hint(recorded.id(), recorded.projectId(), recorded.deliveryId(), mapped(recorded)));
    }

    /** The ids of a batch that failed, to take again (from their records) after {@code wait}. */
    public void retryAfter(List<String> failed, Duration wait) {
        retries.add(new Retry(List.copyOf(failed), System.nanoTime() + wait.toNanos()));
    }

    /** The failed batches whose time has come first, then the oldest hints not taken yet, at most {@code max}. */
    public List<Hint> next(int max) {
        List<Hint> taken = new ArrayList<>(Math.min(max, hints.size()));
        Retry due = retries.peek();
        if (due != null && System.nanoTime() - due.notBefore() >= 0 && retries.remove(due)) {
            due.ids().forEach(id -> taken.add(Hint.toRead(id)));
        }
        hints.drainTo(taken, Math.max(0, max - taken.size()));
        return taken;
    }

    /** Null, so that the relay maps it from its record (and logs why), when it cannot be mapped here. */
    private static List<NormalizedEvent> mapped(DeliveryRecorded recorded) {
        if (recorded.payload() == null) {
            return null;
        }
        try {
            return DeliveryMapping.map(recorded.kind(), recorded.event(), recorded.payload());
        } catch (RuntimeException e) {
            log.debug("Delivery {} not mapped at intake: {}", recorded.deliveryId(), e.toString());
            return null;
        }
    }
}
