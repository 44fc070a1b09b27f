package io.devopstrack.tasks.external;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param stream       the stream projects-service publishes run events on; empty: {@code <key prefix>external-runs}
 * @param reclaimIdle  an entry pending this long is taken over from its (dead) consumer
 * @param batchSize    entries read at once
 * @param consumerName this process's name in the group; empty: host/pid + random
 */
@ConfigurationProperties("devopstrack.external-runs")
public record ExternalRunsProperties(String stream, Duration reclaimIdle, int batchSize, String consumerName) {}
