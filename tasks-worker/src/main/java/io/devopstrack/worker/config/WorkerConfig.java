package io.devopstrack.worker.config;

import io.devopstrack.jobs.redis.RedisKeys;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(WorkerProperties.class)
public class WorkerConfig {

    @Bean
    RedisKeys redisKeys(WorkerProperties properties) {
        return new RedisKeys(properties.keyPrefix());
    }
}
