package io.devopstrack.metrics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the execution metrics live: InfluxDB 2.x write API plus InfluxQL reads (database = bucket). */
@ConfigurationProperties("devopstrack.influx")
public record InfluxProperties(
        String url,
        String token,
        String org,
        String bucket,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("2s") Duration pingTimeout) {}
