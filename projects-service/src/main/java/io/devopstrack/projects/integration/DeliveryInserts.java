package io.devopstrack.projects.integration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Group commit of delivery lines: the request threads queue their line and wait; {@value #WRITERS} writer threads
 * insert whatever is queued with one unordered bulk insert and answer each line (inserted, or its key was taken).
 * A 202 still waits for its own line to be acknowledged by MongoDB; the server takes one write per batch instead
 * of one per delivery (the MongoDB-wire server locks a collection per write, and under load every lock handoff
 * waits for a CPU). When a bulk insert fails in part (a taken key), the lines not stored are tried one by one.
 */
@Component
public class DeliveryInserts {

    private static final int WRITERS = 2;
    private static final int MAX_BATCH = 500;
    private static final int WAIT_SECONDS = 60;

    private record Line(Delivery delivery, CompletableFuture<Boolean> inserted) {}

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
            return line.inserted().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the delivery was not stored within " + WAIT_SECONDS + " s", e);
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
            mongo.bulkOps(BulkMode.UNORDERED, Delivery.class)
                    .insert(batch.stream().map(Line::delivery).toList())
                    .execute();
            batch.forEach(line -> line.inserted().complete(true));
        } catch (BulkOperationException partly) {
            try {
                Set<String> stored = stored(batch);
                batch.forEach(
                        line -> answer(line, stored.contains(line.delivery().id())));
            } catch (RuntimeException e) {
                batch.forEach(line -> line.inserted().completeExceptionally(e));
            }
        } catch (RuntimeException e) {
            batch.forEach(line -> line.inserted().completeExceptionally(e));
        }
    }

    /**
     * The lines of the batch that are stored, read back rather than taken from the bulk error list, whose indexes
     * the MongoDB-wire server does not always give right. The ids are new, so a stored id is the line itself.
     */
    private Set<String> stored(List<Line> batch) {
        Query ids = Query.query(Criteria.where("_id")
                .in(batch.stream()
                        .map(line -> new ObjectId(line.delivery().id()))
                        .toList()));
        ids.fields().include("_id");
        return mongo.find(ids, Document.class, Delivery.COLLECTION).stream()
                .map(document -> document.getObjectId("_id").toHexString())
                .collect(Collectors.toSet());
    }

    /** A line of a bulk insert that failed in part: stored, or tried alone (a taken key is then a duplicate). */
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
