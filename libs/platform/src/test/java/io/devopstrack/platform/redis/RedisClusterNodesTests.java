package io.devopstrack.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RedisClusterNodesTests {

    private static final String VARIABLE = "REDIS_CLUSTER_NODES";
    private static final String NODES = "spring.data.redis.cluster.nodes";
    private static final String ADAPTIVE_REFRESH = "spring.data.redis.lettuce.cluster.refresh.adaptive";

    private final MockEnvironment environment = new MockEnvironment();

    @Test
    void noVariableLeavesStandaloneRedis() {
        process();

        assertThat(environment.containsProperty(NODES)).isFalse();
    }

    @Test
    void aBlankVariableLeavesStandaloneRedis() {
        environment.setProperty(VARIABLE, " ");

        process();

        assertThat(environment.containsProperty(NODES)).isFalse();
        assertThat(environment.containsProperty(ADAPTIVE_REFRESH)).isFalse();
    }

    @Test
    void theVariableBecomesTheClusterNodesWithTopologyRefresh() {
        environment.setProperty(VARIABLE, "10.0.0.1:6379,10.0.0.2:6379");

        process();

        assertThat(environment.getProperty(NODES)).isEqualTo("10.0.0.1:6379,10.0.0.2:6379");
        assertThat(environment.getProperty(ADAPTIVE_REFRESH)).isEqualTo("true");
    }

    @Test
    void explicitClusterNodesWinOverTheVariable() {
        environment.setProperty(VARIABLE, "10.0.0.1:6379");
        environment.setProperty(NODES, "127.0.0.1:7001");

        process();

        assertThat(environment.getProperty(NODES)).isEqualTo("127.0.0.1:7001");
    }

    private void process() {
        new RedisClusterNodes().postProcessEnvironment(environment, new SpringApplication());
    }
}
