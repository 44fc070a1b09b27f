package io.devopstrack.metrics.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Which environment names count as production for the delivery (DORA) metrics. */
@ConfigurationProperties("devopstrack.delivery")
public record DeliveryProperties(List<String> productionEnvironments) {}
