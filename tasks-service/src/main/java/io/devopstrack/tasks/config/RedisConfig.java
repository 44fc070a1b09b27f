package io.devopstrack.tasks.config;

import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.tasks.events.JobEventBroadcaster;
import io.devopstrack.tasks.external.ExternalRunsProperties;
import java.util.concurrent.Executors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

@Configuration
@EnableConfigurationProperties({TasksProperties.class, ExternalRunsProperties.class})
public class RedisConfig {

    @Bean
    RedisMessageListenerContainer jobEventsListener(
            RedisConnectionFactory connections, JobEventBroadcaster broadcaster, RedisKeys keys) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        // One dispatch thread keeps the events in the order Redis published them.
        TaskExecutor inOrder = new TaskExecutorAdapter(Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "job-events");
            thread.setDaemon(true);
            return thread;
        }));
        container.setTaskExecutor(inOrder);
        container.setRecoveryInterval(1_000);
        container.addMessageListener(broadcaster, new ChannelTopic(keys.jobEvents()));
        // Started by JobEventsSubscription, which keeps trying while Redis is away instead of failing startup.
        container.setAutoStartup(false);
        return container;
    }

    @Bean
    RedisKeys redisKeys(TasksProperties properties) {
        return new RedisKeys(properties.keyPrefix());
    }
}
