package io.devopstrack.metrics.influx;

/** InfluxDB did not answer, or answered with a server error: the caller gets 503. */
public class MetricsStoreUnavailable extends RuntimeException {

    public MetricsStoreUnavailable(Throwable cause) {
        super("the metrics store (InfluxDB) is unavailable", cause);
    }
}
