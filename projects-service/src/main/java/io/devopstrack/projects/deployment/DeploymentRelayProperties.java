package io.devopstrack.projects.deployment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The Redis stream deployment events go to, and how often / how many at a time the relay sends. */
@ConfigurationProperties("devopstrack.deployments")
public record DeploymentRelayProperties(String stream, Duration relayInterval, int relayBatchSize) {}
