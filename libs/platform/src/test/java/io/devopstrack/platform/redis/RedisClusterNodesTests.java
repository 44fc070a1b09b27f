package io.devopstrack.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RedisClusterNodesTests {

    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void noVariableLeavesStandaloneRedis() {
        process();

        assertThat(environment.containsProperty("spring.data.redis.cluster.nodes"))
                .isFalse();
    }

    @Test
    void aBlankVariableLeavesStandaloneRedis() {
        environment.setProperty("REDIS_CLUSTER_NODES", " ");

        process();

        assertThat(environment.containsProperty("spring.data.redis.cluster.nodes"))
                .isFalse();
        assertThat(environment.containsProperty("spring.data.redis.lettuce.cluster.refresh.adaptive"))
                .isFalse();
    }

    @Test
    void theVariableBecomesTheClusterNodesWithTopologyRefresh() {
        environment.setProperty("REDIS_CLUSTER_NODES", "10.0.0.1:6379,10.0.0.2:6379");

        process();

        assertThat(environment.getProperty("spring.data.redis.cluster.nodes")).isEqualTo("10.0.0.1:6379,10.0.0.2:6379");
        assertThat(environment.getProperty("spring.data.redis.lettuce.cluster.refresh.adaptive"))
                .isEqualTo("true");
    }

    @Test
    void explicitClusterNodesWinOverTheVariable() {
        environment.setProperty("REDIS_CLUSTER_NODES", "10.0.0.1:6379");
        environment.setProperty("spring.data.redis.cluster.nodes", "127.0.0.1:7001");

        process();

        assertThat(environment.getProperty("spring.data.redis.cluster.nodes")).isEqualTo("127.0.0.1:7001");
    }

    private void process() {
        new RedisClusterNodes().postProcessEnvironment(environment, new SpringApplication());
    }
}
