package io.devopstrack.projects.integration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code secretKey}: the AES key (base64 of 16, 24 or 32 bytes) that encrypts the stored hook secrets, from
 * {@code DEVOPSTRACK_HOOK_SECRET_KEY}. application.yml has a local-only default; production must set its own.
 * {@code cacheTime}: how long a hook keeps an integration it read ({@link HookTargets}); {@code countsInterval}: how
 * often the delivery counts raised in memory are written to the integrations ({@link DeliveryCounter});
 * {@code deliveryRetention}: how long a settled line stays in the delivery log ({@link DeliveryRetention}).
 */
@ConfigurationProperties("devopstrack.integrations")
public record IntegrationProperties(
        String secretKey, Duration cacheTime, Duration countsInterval, Duration deliveryRetention) {}
