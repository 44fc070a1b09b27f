package io.devopstrack.worker.config;

import io.devopstrack.jobs.redis.RedisKeys;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration
@EnableScheduling
@EnableConfigurationProperties(WorkerProperties.class)
public class WorkerConfig {

    @Bean
    RedisKeys redisKeys(WorkerProperties properties) {
        return new RedisKeys(properties.keyPrefix());
    }

    /** Millisecond ticks: the times in job documents and execution records are ISO-8601 with milliseconds. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
