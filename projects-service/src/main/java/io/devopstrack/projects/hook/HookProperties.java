package io.devopstrack.projects.hook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code maxBodyBytes}: larger deliveries are answered 413 (GitHub caps payloads at 25 MB);
 * the relay settings say how often, how many and how long a claimed delivery is held before another try, and how
 * often the relay scans for pending deliveries it was not told about ({@code relaySweepInterval}).
 */
@ConfigurationProperties("devopstrack.hooks")
public record HookProperties(
        long maxBodyBytes,
        Duration relayInterval,
        int relayBatchSize,
        Duration claimTime,
        Duration relaySweepInterval,
        String runsStream) {}
