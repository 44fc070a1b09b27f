package io.devopstrack.metrics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the execution metrics live: InfluxDB 2.x write API plus InfluxQL reads (database = bucket). */
@ConfigurationProperties("devopstrack.influx")
public record InfluxProperties(
        String url,
        String token,
        String org,
        String bucket,
        Duration connectTimeout,
        Duration readTimeout,
        Duration pingTimeout) {}
