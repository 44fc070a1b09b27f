package io.devopstrack.metrics.stats;

import com.influxdb.query.InfluxQLQueryResult;
import io.devopstrack.metrics.influx.InfluxQL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads the succeeded and failed job runs of the range that name a commit (one row each: {@code commit} is a field,
 * a tag per commit would grow the series without bound) and hands them to {@link FlakyCalculator}.
 */
@Service
public class FlakyQuery {

    private final InfluxQL influx;

    public FlakyQuery(InfluxQL influx) {
        this.influx = influx;
    }

    public List<FlakyCommit> flaky(StatsFilter filter) {
        List<JobRun> runs = new ArrayList<>();
        for (InfluxQLQueryResult.Series series : influx.query("SELECT \"commit\" FROM \"job_runs\" WHERE "
                + filter.where() + " AND (\"status\" = 'SUCCEEDED' OR \"status\" = 'FAILED')"
                + " GROUP BY \"project\", \"pipeline\", \"status\"")) {
            String project = series.getTags().getOrDefault("project", "");
            String pipeline = series.getTags().getOrDefault("pipeline", "");
            boolean succeeded = "SUCCEEDED".equals(series.getTags().get("status"));
            for (InfluxQLQueryResult.Series.Record row : series.getValues()) {
                Object commit = row.getValueByKey("commit");
                if (commit != null && !commit.toString().isEmpty()) {
                    runs.add(new JobRun(
                            project,
                            pipeline,
                            commit.toString(),
                            succeeded,
                            Instant.ofEpochMilli(InfluxQL.asLong(row.getValueByKey("time")))));
                }
            }
        }
        return FlakyCalculator.flaky(runs);
    }
}
