package io.devopstrack.projects.support;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A Redis template on a test's own Redis (a {@code PrivateRedis} it stops and starts), for a relay built by the test;
 * closing it closes its connections.
 */
public final class PrivateRedisTemplate implements AutoCloseable {

    private final LettuceConnectionFactory factory;
    private final StringRedisTemplate template;

    public PrivateRedisTemplate(int port) {
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
        factory.afterPropertiesSet();
        template = new StringRedisTemplate(factory);
    }

    public StringRedisTemplate template() {
        return template;
    }

    @Override
    public void close() {
        factory.destroy();
    }
}
