package io.devopstrack.metrics.ingestion;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The meters alert rules are written on. Exported to Prometheus as {@code devopstrack_ingestion_lag_seconds},
 * {@code devopstrack_ingestion_pending_events}, {@code devopstrack_ingestion_write_failures_total},
 * {@code devopstrack_ingested_points_total}, {@code devopstrack_ingestion_rejected_events_total} and
 * {@code devopstrack_ingested_jobs_total{source, status}} (finished jobs read from the executions stream, simulated and
 * external alike; counted when read, so a page read again after an InfluxDB failure counts again).
 */
@Component
public class IngestionMetrics {

    private final Counter writeFailures;
    private final Counter ingestedPoints;
    private final Counter rejectedEvents;
    private final MeterRegistry registry;
    private final AtomicLong lagMillis = new AtomicLong();
    private final AtomicLong pendingEvents = new AtomicLong();

    public IngestionMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.writeFailures = Counter.builder("devopstrack.ingestion.write.failures")
                .description("Failed InfluxDB write attempts (retried ones included)")
                .register(registry);
        this.ingestedPoints = Counter.builder("devopstrack.ingested.points")
                .description("Points InfluxDB accepted")
                .register(registry);
        this.rejectedEvents = Counter.builder("devopstrack.ingestion.rejected.events")
                .description("Stream entries skipped because a field was missing or malformed")
                .register(registry);
        Gauge.builder("devopstrack.ingestion.lag", lagMillis, millis -> millis.get() / 1000.0)
                .baseUnit("seconds")
                .description("Age of the oldest event not yet stored (undelivered or unacknowledged); 0 when none")
                .register(registry);
        Gauge.builder("devopstrack.ingestion.pending.events", pendingEvents, AtomicLong::get)
                .description("Events not yet stored: undelivered to the group plus delivered but unacknowledged")
                .register(registry);
    }

    void writeFailed() {
        writeFailures.increment();
    }

    void pointsStored(int count) {
        ingestedPoints.increment(count);
    }

    void jobFinished(String source, String status) {
        Counter.builder("devopstrack.ingested.jobs")
                .description("Finished jobs read from the executions stream")
                .tag("source", source)
                .tag("status", status)
                .register(registry)
                .increment();
    }

    void eventRejected() {
        rejectedEvents.increment();
    }

    void backlog(long events, long oldestAgeMillis) {
        pendingEvents.set(events);
        lagMillis.set(oldestAgeMillis);
    }
}
