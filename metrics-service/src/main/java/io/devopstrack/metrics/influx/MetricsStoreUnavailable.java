package io.devopstrack.metrics.influx;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** InfluxDB did not answer, or answered with a server error: the caller gets 503. */
public class MetricsStoreUnavailable extends ApiException {

    public MetricsStoreUnavailable(Throwable cause) {
        super(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Metrics store unavailable",
                "The metrics store is unavailable; retry later.",
                cause);
    }
}
