package io.devopstrack.tasks.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param projectsUrl       base URL of projects-service
 * @param projectsTimeout   connect and read timeout of the project check
 * @param projectsCacheTtl  how long a project seen to exist is not asked again (0: always ask)
 * @param retentionDays     finished jobs older than this are deleted
 * @param keyPrefix         prefix of every Redis key ({@code devopstrack:}); tests use a unique one per run
 * @param sseTimeout        lifetime of one SSE connection; browsers reconnect by themselves
 */
@ConfigurationProperties("devopstrack")
public record TasksProperties(
        String projectsUrl,
        Duration projectsTimeout,
        Duration projectsCacheTtl,
        int retentionDays,
        String keyPrefix,
        Duration sseTimeout) {}
