package io.devopstrack.metrics.influx;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import com.influxdb.client.InfluxDBClient;
import com.influxdb.client.InfluxQLQueryApi;
import com.influxdb.client.domain.InfluxQLQuery;
import com.influxdb.exceptions.InfluxException;
import com.influxdb.query.InfluxQLQueryResult;

import io.devopstrack.metrics.config.InfluxProperties;

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

    public InfluxQL(InfluxDBClient client, InfluxProperties properties) {
        this.api = client.getInfluxQLQueryApi();
        this.database = properties.bucket();
    }

    public List<InfluxQLQueryResult.Series> query(String statement) {
        InfluxQLQuery query = new InfluxQLQuery(statement, database)
                .setPrecision(InfluxQLQuery.InfluxQLPrecision.MILLISECONDS);
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
