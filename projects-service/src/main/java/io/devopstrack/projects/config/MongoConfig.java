package io.devopstrack.projects.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MongoConfig {

    /** The driver's default of 30 s would make every request and /healthz hang that long while MongoDB is down. */
    @Bean
    MongoClientSettingsBuilderCustomizer shortServerSelection(
            @Value("${devopstrack.mongodb.server-selection-timeout}") Duration timeout) {
        return settings -> settings.applyToClusterSettings(
                        cluster -> cluster.serverSelectionTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        socket -> socket.connectTimeout((int) timeout.toMillis(), TimeUnit.MILLISECONDS));
    }
}
