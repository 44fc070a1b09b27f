package io.devopstrack.metrics.influx;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxQLQueryApi;
import com.influxdb.client.domain.InfluxQLQuery;
import com.influxdb.exceptions.InfluxException;
import com.influxdb.query.InfluxQLQueryResult;
import io.devopstrack.metrics.config.InfluxProperties;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Runs one InfluxQL statement against the bucket's database and returns its series. Times come back as epoch
 * milliseconds. A statement error is not reported by every server (1.6.7 answers 200 with an empty body), so an
 * empty list means "no rows or an error": callers are covered by tests that check the values.
 */
@Component
public class InfluxQL {

    private final InfluxQLQueryApi api;
    private final String database;
    private final Executor statements;

    /** The executor is Spring Boot's task executor, sized by {@code spring.task.execution.*}. */
    public InfluxQL(
            InfluxDBClient client,
            InfluxProperties properties,
            @Qualifier("applicationTaskExecutor") Executor statements) {
        this.api = client.getInfluxQLQueryApi();
        this.database = properties.bucket();
        this.statements = statements;
    }

    /**
     * Runs independent statements at the same time and returns their series in the same order: InfluxDB runs
     * each statement of a multi-statement query one after the other, and one PERCENTILE() over a million points
     * takes most of a second.
     */
    public List<List<InfluxQLQueryResult.Series>> queryConcurrently(List<String> statementsToRun) {
        List<CompletableFuture<List<InfluxQLQueryResult.Series>>> running = statementsToRun.stream()
                .map(statement -> CompletableFuture.supplyAsync(() -> query(statement), statements))
                .toList();
        List<List<InfluxQLQueryResult.Series>> results = new ArrayList<>(running.size());
        for (CompletableFuture<List<InfluxQLQueryResult.Series>> result : running) {
            try {
                results.add(result.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
        return results;
    }

    public List<InfluxQLQueryResult.Series> query(String statement) {
        InfluxQLQuery query =
                new InfluxQLQuery(statement, database).setPrecision(InfluxQLQuery.InfluxQLPrecision.MILLISECONDS);
        InfluxQLQueryResult result;
        try {
            result = api.query(query);
        } catch (InfluxException e) {
            if (e.status() == 0 || e.status() >= 500 || e.getCause() instanceof IOException) {
                throw new MetricsStoreUnavailable(e);
            }
            throw new MetricsQueryFailed(e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException) {
                throw new MetricsStoreUnavailable(e);
            }
            throw e;
        }
        if (result == null || result.getResults().isEmpty()) {
            return List.of();
        }
        return result.getResults().get(0).getSeries();
    }

    /** An epoch-nanosecond literal, the unit InfluxQL reads bare integers in. */
    public static String time(Instant instant) {
        return Math.multiplyExact(instant.toEpochMilli(), 1_000_000L) + "";
    }

    /** A single-quoted InfluxQL string literal. */
    public static String literal(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    public static long asLong(Object value) {
        return value == null ? 0 : (long) Double.parseDouble(value.toString());
    }
}
