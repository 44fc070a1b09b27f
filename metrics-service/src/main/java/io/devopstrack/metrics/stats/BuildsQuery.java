package io.devopstrack.metrics.stats;

import com.influxdb.query.InfluxQLQueryResult;
import io.devopstrack.metrics.influx.InfluxQL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Finished jobs per time bucket and status, every bucket of the range present (zero when empty). */
@Service
public class BuildsQuery {

    static final int MAX_BUCKETS = 1_000;

    private final InfluxQL influx;

    public BuildsQuery(InfluxQL influx) {
        this.influx = influx;
    }

    public List<BuildBucket> buckets(StatsFilter filter, String intervalParameter) {
        BuildInterval interval = BuildInterval.parse(intervalParameter);
        long width = interval.width().toMillis();
        long first = Math.floorDiv(filter.from().toEpochMilli(), width) * width;
        long end = filter.to().toEpochMilli();
        long count = (end - first + width - 1) / width;
        if (count > MAX_BUCKETS) {
            throw new InvalidStatsQuery(
                    "interval",
                    "gives " + count + " buckets over this range, at most " + MAX_BUCKETS + ": choose a wider one");
        }
        Map<Long, long[]> byTime = new HashMap<>();
        for (InfluxQLQueryResult.Series series : influx.query("SELECT COUNT(\"duration_ms\") FROM \"job_runs\" WHERE "
                + filter.where() + " GROUP BY time(" + interval.code() + "), \"status\"")) {
            int column = statusColumn(series.getTags().getOrDefault("status", ""));
            if (column < 0) {
                continue;
            }
            for (InfluxQLQueryResult.Series.Record row : series.getValues()) {
                long time = InfluxQL.asLong(row.getValueByKey("time"));
                byTime.computeIfAbsent(time, t -> new long[3])[column] = InfluxQL.asLong(row.getValueByKey("count"));
            }
        }
        List<BuildBucket> buckets = new ArrayList<>((int) count);
        for (long time = first; time < end; time += width) {
            long[] counts = byTime.getOrDefault(time, new long[3]);
            buckets.add(new BuildBucket(Instant.ofEpochMilli(time), counts[0], counts[1], counts[2]));
        }
        return buckets;
    }

    private static int statusColumn(String status) {
        return switch (status) {
            case "SUCCEEDED" -> 0;
            case "FAILED" -> 1;
            case "CANCELLED" -> 2;
            default -> -1;
        };
    }
}
