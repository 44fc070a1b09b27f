package io.devopstrack.metrics.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the tag filter learns which projects carry a tag, and for how long an answer is reused. */
@ConfigurationProperties("devopstrack.projects")
public record ProjectsProperties(
        @DefaultValue("http://127.0.0.1:8001") String url,
        @DefaultValue("2s") Duration timeout,
        @DefaultValue("30s") Duration cacheTtl) {}
