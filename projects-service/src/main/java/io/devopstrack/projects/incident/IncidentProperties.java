package io.devopstrack.projects.incident;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Redis stream incident events go to, how often / how many at a time the relay sends, and which environment
 * names are production (the same names as metrics-service's, for the link by time).
 */
@ConfigurationProperties("devopstrack.incidents")
public record IncidentProperties(
        String stream, Duration relayInterval, int relayBatchSize, List<String> productionEnvironments) {}
