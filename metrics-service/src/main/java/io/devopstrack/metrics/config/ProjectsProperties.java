package io.devopstrack.metrics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the tag filter learns which projects carry a tag, and for how long an answer is reused. */
@ConfigurationProperties("devopstrack.projects")
public record ProjectsProperties(String url, Duration timeout, Duration cacheTtl) {}
