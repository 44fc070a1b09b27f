package io.devopstrack.metrics.influx;

import io.devopstrack.metrics.config.InfluxProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * Asks InfluxDB's {@code /ping} with a short timeout of its own, so that health checks and the ingestion's
 * resume probe never wait for the long read timeout that queries need.
 */
@Component
public class InfluxPing {

    private final HttpClient http;
    private final HttpRequest request;

    public InfluxPing(InfluxProperties properties) {
        this.http =
                HttpClient.newBuilder().connectTimeout(properties.pingTimeout()).build();
        this.request = HttpRequest.newBuilder(URI.create(properties.url().replaceAll("/+$", "") + "/ping"))
                .timeout(properties.pingTimeout())
                .GET()
                .build();
    }

    public boolean isUp() {
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
