package io.devopstrack.metrics.ingestion;

import com.influxdb.client.InfluxDBClient;
import io.devopstrack.metrics.config.InfluxProperties;
import io.devopstrack.metrics.config.IngestionProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The batching writers side by side (each posts one batch at a time); pages go to them in turn, and each may hold
 * an equal share of the entries allowed in flight.
 */
final class Writers {

    private final List<PointWriter> writers = new ArrayList<>();
    private final int roomPerWriter;
    private int next;

    Writers(
            InfluxDBClient influx,
            InfluxProperties influxProperties,
            IngestionProperties properties,
            IngestionMetrics metrics,
            Consumer<List<EntryRef>> onStored) {
        for (int i = 1; i <= properties.writers(); i++) {
            writers.add(
                    new PointWriter("ingestion-writer-" + i, influx, influxProperties, properties, metrics, onStored));
        }
        this.roomPerWriter = Math.max(1, properties.maxInFlight() / writers.size());
    }

    /** Waits (bounded) until the writer whose turn it is has room; true when it has. */
    boolean awaitRoom(long timeoutMillis) throws InterruptedException {
        return writers.get(next).awaitRoom(roomPerWriter, timeoutMillis);
    }

    void write(String record, List<EntryRef> entries) {
        writers.get(next).write(record, entries);
        next = (next + 1) % writers.size();
    }

    boolean anyFailed() {
        return writers.stream().anyMatch(PointWriter::hasFailed);
    }

    /** Forgets what was in flight: the caller re-reads it from the stream's pending entries. */
    void restart() {
        writers.forEach(PointWriter::restart);
    }

    /** Lets the last batches land and be acknowledged (each writer up to 5 s), then closes the writers. */
    void drainAndClose() {
        writers.forEach(PointWriter::flush);
        try {
            for (PointWriter writer : writers) {
                writer.awaitRoom(1, 5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writers.forEach(PointWriter::close);
    }
}
