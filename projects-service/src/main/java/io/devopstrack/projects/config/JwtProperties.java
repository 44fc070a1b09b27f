package io.devopstrack.projects.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Claims every access token must carry, as auth-service issues them. */
@ConfigurationProperties("devopstrack.jwt")
public record JwtProperties(String issuer, String audience) {
}
