package io.devopstrack.metrics.config;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
        @DefaultValue("true") boolean enabled,
        @DefaultValue("devopstrack:{jobs}:executions") String executionsStream,
        @DefaultValue("devopstrack:{jobs}:deployments") String deploymentsStream,
        @DefaultValue("devopstrack:{jobs}:incidents") String incidentsStream,
        @DefaultValue("metrics-service") String group,
        @DefaultValue("") String consumer,
        @DefaultValue("500") int readCount,
        @DefaultValue("5000") int batchSize,
        @DefaultValue("100ms") Duration flushInterval,
        @DefaultValue("3") int writers,
        @DefaultValue("30000") int maxInFlight,
        @DefaultValue("3") int maxRetries,
        @DefaultValue("60s") Duration claimIdle,
        @DefaultValue("5s") Duration gaugeRefresh) {

    /** The streams ingested, read together by one XREADGROUP. */
    public List<String> streams() {
        return List.of(executionsStream, deploymentsStream, incidentsStream);
    }

    /** The WriteApi counts records, and each record is a page of up to {@code readCount} lines. */
    public int pagesPerBatch() {
        return Math.max(1, batchSize / Math.max(1, readCount));
    }
}
