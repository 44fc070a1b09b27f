package io.devopstrack.metrics.stats;

import com.influxdb.query.InfluxQLQueryResult;
import io.devopstrack.metrics.influx.InfluxQL;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Counts by status, duration and queue-time percentiles of finished jobs. Percentiles are InfluxQL's {@code PERCENTILE()},
 * computed by the server: the value of rank floor(n × p / 100 + 0.5) in the ascending durations (nearest rank,
 * rounded), so that a summary over millions of points never leaves InfluxDB.
 */
@Service
public class SummaryQuery {

    private final InfluxQL influx;

    public SummaryQuery(InfluxQL influx) {
        this.influx = influx;
    }

    public Summary summarize(StatsFilter filter) {
        // Cancelled jobs are left out of the percentiles; a tag equality uses InfluxDB's index where != does not.
        String finished = " FROM \"job_runs\" WHERE " + filter.where()
                + " AND (\"status\" = 'SUCCEEDED' OR \"status\" = 'FAILED')";
        List<List<InfluxQLQueryResult.Series>> results = influx.queryConcurrently(List.of(
                "SELECT COUNT(\"duration_ms\") FROM \"job_runs\" WHERE " + filter.where() + " GROUP BY \"status\"",
                "SELECT PERCENTILE(\"duration_ms\", 50) AS p" + finished,
                "SELECT PERCENTILE(\"duration_ms\", 95) AS p" + finished,
                "SELECT PERCENTILE(\"queue_ms\", 50) AS p" + finished,
                "SELECT PERCENTILE(\"queue_ms\", 95) AS p" + finished));
        long succeeded = 0;
        long failed = 0;
        long cancelled = 0;
        for (InfluxQLQueryResult.Series series : results.get(0)) {
            long count = InfluxQL.asLong(series.getValues().get(0).getValueByKey("count"));
            switch (series.getTags().getOrDefault("status", "")) {
                case "SUCCEEDED" -> succeeded = count;
                case "FAILED" -> failed = count;
                case "CANCELLED" -> cancelled = count;
                default -> {}
            }
        }
        long total = succeeded + failed + cancelled;
        long finishedCount = total - cancelled;
        Double successRate = finishedCount == 0 ? null : (double) succeeded / finishedCount;
        return new Summary(
                total,
                succeeded,
                failed,
                cancelled,
                successRate,
                percentile(results.get(1)),
                percentile(results.get(2)),
                percentile(results.get(3)),
                percentile(results.get(4)));
    }

    private static Long percentile(List<InfluxQLQueryResult.Series> series) {
        if (series.isEmpty() || series.get(0).getValues().isEmpty()) {
            return null;
        }
        return nullableLong(series.get(0).getValues().get(0).getValueByKey("p"));
    }

    private static Long nullableLong(Object value) {
        return value == null || value.toString().isEmpty() ? null : InfluxQL.asLong(value);
    }
}
