package io.devopstrack.metrics.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How events flow from the Redis streams into InfluxDB.
 *
 * @param consumer   this instance's consumer name in the group; empty means host name plus a random suffix
 * @param readCount  entries per XREADGROUP page; a page becomes one record of the WriteApi
 * @param batchSize  lines per InfluxDB write: the WriteApi batches {@code batchSize / readCount} pages
 * @param writers    WriteApis writing side by side (each posts one batch at a time); pages go to them in turn
 * @param maxInFlight events read but not yet acknowledged; reading pauses above it
 * @param claimIdle  pending entries idle this long (a dead consumer's, or ours whose ack was lost) are reclaimed
 */
@ConfigurationProperties("devopstrack.ingestion")
public record IngestionProperties(
        boolean enabled,
        String executionsStream,
        String deploymentsStream,
        String incidentsStream,
        String group,
        String consumer,
        int readCount,
        int batchSize,
        Duration flushInterval,
        int writers,
        int maxInFlight,
        int maxRetries,
        Duration claimIdle,
        Duration gaugeRefresh) {

    /** The streams ingested, read together by one XREADGROUP. */
    public List<String> streams() {
        return List.of(executionsStream, deploymentsStream, incidentsStream);
    }

    /** The WriteApi counts records, and each record is a page of up to {@code readCount} lines. */
    public int pagesPerBatch() {
        return Math.max(1, batchSize / Math.max(1, readCount));
    }
}
