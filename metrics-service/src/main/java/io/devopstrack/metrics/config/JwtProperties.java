package io.devopstrack.metrics.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The access tokens auth-service issues: whose they must be, and for whom. */
@ConfigurationProperties("devopstrack.jwt")
public record JwtProperties(String issuer, String audience) {
}
