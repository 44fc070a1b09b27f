package io.devopstrack.metrics.influx;

/** InfluxDB rejected a query that this service built: a bug on our side, reported as 500 without details. */
public class MetricsQueryFailed extends RuntimeException {

    public MetricsQueryFailed(Throwable cause) {
        super("the metrics store rejected a query", cause);
    }
}
