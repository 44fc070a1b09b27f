package io.devopstrack.projects.integration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.mongodb.bulk.BulkWriteError;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Group commit of delivery lines: the request threads queue their line and wait; {@value #WRITERS} writer threads
 * insert whatever is queued with one unordered bulk insert and answer each line (inserted, or its key was taken).
 * A 202 still waits for its own line to be acknowledged by MongoDB; the server takes one write per batch instead
 * of one per delivery (the MongoDB-wire server locks a collection per write, and under load every lock handoff
 * waits for a CPU). When a bulk answer does not say what became of every line, the rest are inserted one by one.
 */
@Component
public class DeliveryInserts {

    private static final int WRITERS = 2;
    private static final int MAX_BATCH = 500;
    private static final int DUPLICATE_KEY = 11000;

    private record Line(Delivery delivery, CompletableFuture<Boolean> inserted) {
    }

    private final MongoTemplate mongo;
    private final BlockingQueue<Line> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean stopping;

    public DeliveryInserts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void start() {
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = new Thread(this::writeWhileRunning, "delivery-inserts-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** True once the line is stored, false when its (integrationId, key) was there already. */
    boolean insert(Delivery delivery) {
        Line line = new Line(delivery, new CompletableFuture<>());
        queue.add(line);
        try {
            return line.inserted().get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the delivery was being stored", e);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void writeWhileRunning() {
        while (!stopping || !queue.isEmpty()) {
            try {
                Line first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Line> batch = new ArrayList<>(List.of(first));
                    queue.drainTo(batch, MAX_BATCH - 1);
                    write(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void write(List<Line> batch) {
        try {
            mongo.bulkOps(BulkMode.UNORDERED, Delivery.class).insert(batch.stream().map(Line::delivery).toList()).execute();
            batch.forEach(line -> line.inserted().complete(true));
        } catch (BulkOperationException e) {
            Map<Integer, BulkWriteError> errors = new HashMap<>();
            e.getErrors().forEach(error -> errors.put(error.getIndex(), error));
            boolean accounted = e.getResult().getInsertedCount() + errors.size() == batch.size();
            for (int i = 0; i < batch.size(); i++) {
                BulkWriteError error = errors.get(i);
                if (error == null) {
                    answer(batch.get(i), accounted);
                } else if (error.getCode() == DUPLICATE_KEY) {
                    batch.get(i).inserted().complete(false);
                } else {
                    batch.get(i).inserted().completeExceptionally(e);
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(line -> line.inserted().completeExceptionally(e));
        }
    }

    /** A line the bulk answer did not name as failed: stored, or (when the answer does not add up) tried alone. */
    private void answer(Line line, boolean stored) {
        if (stored) {
            line.inserted().complete(true);
            return;
        }
        try {
            mongo.insert(line.delivery());
            line.inserted().complete(true);
        } catch (DuplicateKeyException taken) {
            line.inserted().complete(false);
        } catch (RuntimeException e) {
            line.inserted().completeExceptionally(e);
        }
    }
}
