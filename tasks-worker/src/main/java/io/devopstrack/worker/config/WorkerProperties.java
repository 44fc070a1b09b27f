package io.devopstrack.worker.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Tunables of the simulated pipeline runner, bound from environment variables in application.yml.
 *
 * @param keyPrefix prefix of every Redis key ({@code devopstrack:}); tests use a unique one per run
 */
@ConfigurationProperties("devopstrack.worker")
public record WorkerProperties(
        int concurrency,
        long stageMinMs,
        long stageMaxMs,
        double failureRate,
        long reclaimIdleMs,
        long leaseMs,
        int retentionDays,
        String keyPrefix,
        String consumerName) {

    public WorkerProperties {
        if (concurrency < 1) {
            throw new IllegalArgumentException("devopstrack.worker.concurrency must be at least 1");
        }
        if (stageMaxMs < stageMinMs) {
            throw new IllegalArgumentException("devopstrack.worker.stage-max-ms must not be below stage-min-ms");
        }
        if (leaseMs >= reclaimIdleMs) {
            // A reclaimer must only find entries whose lease has already expired if their worker died.
            throw new IllegalArgumentException("devopstrack.worker.lease-ms must be below reclaim-idle-ms");
        }
    }
}
