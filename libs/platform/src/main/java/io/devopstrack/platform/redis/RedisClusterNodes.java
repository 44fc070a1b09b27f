package io.devopstrack.platform.redis;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches a service to Redis Cluster when {@code REDIS_CLUSTER_NODES} (comma list of host:port) is set and not
 * blank. A plain {@code spring.data.redis.cluster.nodes: ${REDIS_CLUSTER_NODES:}} in application.yml would not do:
 * Spring Boot enters cluster mode as soon as any {@code spring.data.redis.cluster.*} property is bound, even an
 * empty one. Topology refresh (adaptive, and every 30 s) lets Lettuce follow failovers and resharding. An explicit
 * {@code spring.data.redis.cluster.nodes} (a test, a command line) wins over the variable.
 */
public class RedisClusterNodes implements EnvironmentPostProcessor, Ordered {

    static final String NAME = "devopstrack-redis-cluster";
    static final String VARIABLE = "REDIS_CLUSTER_NODES";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String nodes = environment.getProperty(VARIABLE, "");
        if (nodes.isBlank()
                || environment.getPropertySources().contains(NAME)
                || environment.containsProperty("spring.data.redis.cluster.nodes")) {
            return;
        }
        environment
                .getPropertySources()
                .addLast(new MapPropertySource(
                        NAME,
                        Map.of(
                                "spring.data.redis.cluster.nodes", nodes.strip(),
                                "spring.data.redis.lettuce.cluster.refresh.adaptive", "true",
                                "spring.data.redis.lettuce.cluster.refresh.period", "30s")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
