package io.devopstrack.metrics.ingestion;

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
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of the client's batching WriteApis, with its events turned into acknowledgements: a success hands the
 * written entries to {@code onStored}; a final failure (retries exhausted) or dropped lines mark the writer as
 * failed, and the ingestion loop then waits for InfluxDB and reads its pending entries again. A WriteApi posts one
 * batch at a time, so the loop runs several writers side by side to keep InfluxDB's cores busy.
 */
final class PointWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PointWriter.class);

    private final WriteApi writeApi;
    private final InFlight inFlight;
    private final IngestionMetrics metrics;
    private final String bucket;
    private final String org;
    private final AtomicBoolean failed = new AtomicBoolean();
    private final ExecutorService writerThread;
    // The WriteApi posts a batch closed by its flush interval on this scheduler's thread, and cancels that timer
    // when a batch fills up first. RxJava's default scheduler cancels by interrupting its thread, which aborted
    // writes in flight ("InfluxException: interrupted" under load); a plain executor, non-interruptible, does not.
    private final ExecutorService timerThread;

    PointWriter(
            String name,
            InfluxDBClient client,
            InfluxProperties influx,
            IngestionProperties ingestion,
            IngestionMetrics metrics,
            Consumer<List<EntryRef>> onStored) {
        this.inFlight = new InFlight();
        this.writerThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, name));
        this.timerThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, name + "-flush"));
        this.metrics = metrics;
        this.bucket = influx.bucket();
        this.org = influx.org();
        this.writeApi = client.makeWriteApi(WriteOptions.builder()
                .batchSize(ingestion.pagesPerBatch())
                .flushInterval((int) ingestion.flushInterval().toMillis())
                .jitterInterval(0)
                .retryInterval(1_000)
                .maxRetries(ingestion.maxRetries())
                .maxRetryDelay(5_000)
                .maxRetryTime(30_000)
                .bufferLimit(Math.max(10_000, ingestion.maxInFlight() * 4))
                .writeScheduler(Schedulers.from(timerThread, false))
                .build());
        writeApi.listenEvents(WriteSuccessEvent.class, event -> {
            List<EntryRef> stored = inFlight.complete(event.getLineProtocol());
            metrics.pointsStored(stored.size());
            onStored.accept(stored);
        });
        writeApi.listenEvents(WriteRetriableErrorEvent.class, event -> {
            metrics.writeFailed();
            log.warn(
                    "InfluxDB write failed, the client retries in {} ms: {}",
                    event.getRetryInterval(),
                    event.getThrowable().toString());
        });
        writeApi.listenEvents(WriteErrorEvent.class, event -> {
            metrics.writeFailed();
            log.warn(
                    "InfluxDB write failed for good, ingestion pauses: {}",
                    event.getThrowable().toString());
            failed.set(true);
        });
        writeApi.listenEvents(BackpressureEvent.class, event -> {
            log.warn("the InfluxDB client dropped buffered points ({}), ingestion pauses", event.getReason());
            failed.set(true);
        });
    }

    /**
     * Hands a page (lines joined by newlines) to the WriteApi on the writer thread. The WriteApi posts a full batch on the thread that
     * completed it, so calling it from the reading thread would stop reading for the whole HTTP round trip.
     */
    void write(String page, List<EntryRef> entries) {
        inFlight.add(page, entries);
        writerThread.execute(() -> writeApi.writeRecord(bucket, org, WritePrecision.NS, page));
    }

    /** Waits (bounded) until fewer than {@code limit} entries are in flight; true when there is room. */
    boolean awaitRoom(int limit, long timeoutMillis) throws InterruptedException {
        return inFlight.awaitRoom(limit, timeoutMillis);
    }

    void flush() {
        writerThread.execute(writeApi::flush);
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
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeApi.close();
        timerThread.shutdown();
    }
}
