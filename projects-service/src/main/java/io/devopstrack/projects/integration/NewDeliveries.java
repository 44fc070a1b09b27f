package io.devopstrack.projects.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.springframework.stereotype.Component;

/**
 * The ids of the deliveries this process has just accepted, oldest first: where the relay looks before it scans
 * for pending deliveries. Only a hint: the record in MongoDB is what a 202 stands for, and what a lost hint (a
 * restart, a full queue, another replica's intake) leaves behind is found by the relay's periodic scan.
 */
@Component
public class NewDeliveries {

    private static final int CAPACITY = 100_000;

    private final BlockingQueue<String> ids = new ArrayBlockingQueue<>(CAPACITY);

    void accepted(String deliveryId) {
        ids.offer(deliveryId); // a full queue drops the hint, not the delivery
    }

    /** The oldest hints not taken yet, at most {@code max} of them. */
    public List<String> next(int max) {
        List<String> taken = new ArrayList<>(Math.min(max, ids.size()));
        ids.drainTo(taken, max);
        return taken;
    }
}
