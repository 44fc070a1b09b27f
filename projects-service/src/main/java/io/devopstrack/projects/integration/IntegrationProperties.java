package io.devopstrack.projects.integration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code secretKey}: the AES key (base64 of 16, 24 or 32 bytes) that encrypts the stored hook secrets, from
 * {@code DEVOPSTRACK_HOOK_SECRET_KEY}. application.yml has a local-only default; production must set its own.
 */
@ConfigurationProperties("devopstrack.integrations")
public record IntegrationProperties(String secretKey) {
}
