package io.devopstrack.metrics.ingestion;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.WriteApi;
import com.influxdb.client.WriteOptions;
import com.influxdb.client.domain.WritePrecision;
import com.influxdb.client.write.events.BackpressureEvent;
import com.influxdb.client.write.events.WriteErrorEvent;
import com.influxdb.client.write.events.WriteRetriableErrorEvent;
import com.influxdb.client.write.events.WriteSuccessEvent;

import io.devopstrack.metrics.config.InfluxProperties;
import io.devopstrack.metrics.config.IngestionProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's batching WriteApi, with its events turned into acknowledgements: a success hands the written
 * entries to {@code onStored}; a final failure (retries exhausted) or dropped lines mark the writer as failed, and
 * the ingestion loop then waits for InfluxDB and reads its pending entries again.
 */
final class PointWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PointWriter.class);

    private final WriteApi writeApi;
    private final InFlight inFlight;
    private final IngestionMetrics metrics;
    private final String bucket;
    private final String org;
    private final AtomicBoolean failed = new AtomicBoolean();

    PointWriter(InfluxDBClient client, InfluxProperties influx, IngestionProperties ingestion, InFlight inFlight,
                IngestionMetrics metrics, Consumer<List<EntryRef>> onStored) {
        this.inFlight = inFlight;
        this.metrics = metrics;
        this.bucket = influx.bucket();
        this.org = influx.org();
        this.writeApi = client.makeWriteApi(WriteOptions.builder()
                .batchSize(ingestion.batchSize())
                .flushInterval((int) ingestion.flushInterval().toMillis())
                .jitterInterval(0)
                .retryInterval(1_000)
                .maxRetries(ingestion.maxRetries())
                .maxRetryDelay(5_000)
                .maxRetryTime(30_000)
                .bufferLimit(Math.max(10_000, ingestion.maxInFlight() * 4))
                .build());
        writeApi.listenEvents(WriteSuccessEvent.class, event -> {
            String[] lines = event.getLineProtocol().split("\n");
            metrics.pointsStored(lines.length);
            onStored.accept(inFlight.complete(lines));
        });
        writeApi.listenEvents(WriteRetriableErrorEvent.class, event -> {
            metrics.writeFailed();
            log.warn("InfluxDB write failed, the client retries in {} ms: {}", event.getRetryInterval(),
                    event.getThrowable().toString());
        });
        writeApi.listenEvents(WriteErrorEvent.class, event -> {
            metrics.writeFailed();
            log.warn("InfluxDB write failed for good, ingestion pauses: {}", event.getThrowable().toString());
            failed.set(true);
        });
        writeApi.listenEvents(BackpressureEvent.class, event -> {
            log.warn("the InfluxDB client dropped buffered points ({}), ingestion pauses", event.getReason());
            failed.set(true);
        });
    }

    void write(List<String> lines) {
        writeApi.writeRecords(bucket, org, WritePrecision.NS, lines);
    }

    void flush() {
        writeApi.flush();
    }

    boolean hasFailed() {
        return failed.get();
    }

    /** Forgets what was in flight: the caller re-reads it from the stream's pending entries. */
    void restart() {
        inFlight.clear();
        failed.set(false);
    }

    @Override
    public void close() {
        writeApi.close();
    }
}
