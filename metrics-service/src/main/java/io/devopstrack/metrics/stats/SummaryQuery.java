package io.devopstrack.metrics.stats;

import java.util.List;

import com.influxdb.query.InfluxQLQueryResult;

import io.devopstrack.metrics.influx.InfluxQL;

import org.springframework.stereotype.Service;

/**
 * Counts by status and duration percentiles of finished jobs. Percentiles are InfluxQL's {@code PERCENTILE()},
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
        long succeeded = 0;
        long failed = 0;
        long cancelled = 0;
        for (InfluxQLQueryResult.Series series : influx.query(
                "SELECT COUNT(\"duration_ms\") FROM \"job_runs\" WHERE " + filter.where() + " GROUP BY \"status\"")) {
            long count = InfluxQL.asLong(series.getValues().get(0).getValueByKey("count"));
            switch (series.getTags().getOrDefault("status", "")) {
                case "SUCCEEDED" -> succeeded = count;
                case "FAILED" -> failed = count;
                case "CANCELLED" -> cancelled = count;
                default -> { }
            }
        }
        Long p50 = null;
        Long p95 = null;
        List<InfluxQLQueryResult.Series> percentiles = influx.query(
                "SELECT PERCENTILE(\"duration_ms\", 50) AS p50, PERCENTILE(\"duration_ms\", 95) AS p95"
                        + " FROM \"job_runs\" WHERE " + filter.where() + " AND \"status\" != 'CANCELLED'");
        if (!percentiles.isEmpty() && !percentiles.get(0).getValues().isEmpty()) {
            InfluxQLQueryResult.Series.Record row = percentiles.get(0).getValues().get(0);
            p50 = nullableLong(row.getValueByKey("p50"));
            p95 = nullableLong(row.getValueByKey("p95"));
        }
        long total = succeeded + failed + cancelled;
        long finished = total - cancelled;
        Double successRate = finished == 0 ? null : (double) succeeded / finished;
        return new Summary(total, succeeded, failed, cancelled, successRate, p50, p95);
    }

    private static Long nullableLong(Object value) {
        return value == null || value.toString().isEmpty() ? null : InfluxQL.asLong(value);
    }
}
