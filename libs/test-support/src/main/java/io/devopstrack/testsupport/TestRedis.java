package io.devopstrack.testsupport;

import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Which shared Redis a suite talks to: the standalone Redis of {@code make test} (a database number of its own),
 * or, in the cluster pass ({@code mvn -Predis-cluster}, {@code make test-redis-cluster}), the local Redis Cluster
 * of {@code deploy/local/redis-cluster.sh}, whose nodes {@code TEST_REDIS_CLUSTER_NODES} names. A cluster has only
 * database 0, so there the suites are kept apart by their key prefixes and stream names alone.
 *
 * <p>Not {@code REDIS_CLUSTER_NODES}: that would also switch the tests on a private standalone Redis to the cluster.
 * Test classes on the shared Redis carry {@code @Tag(TestRedis.TAG)}: the cluster pass runs only those.
 */
public final class TestRedis {

    public static final String CLUSTER_NODES = "TEST_REDIS_CLUSTER_NODES";
    public static final String TAG = "shared-redis";

    private TestRedis() {}

    /** The database of the standalone Redis that the tasks-service and tasks-worker suites share. */
    public static String tasksDatabase() {
        return TestEnvironment.get("TASKS_TEST_REDIS_DATABASE", "1");
    }

    public static String clusterNodes() {
        return TestEnvironment.get(CLUSTER_NODES, "");
    }

    public static boolean cluster() {
        return !clusterNodes().isBlank();
    }

    /** The Spring properties that point a service at the shared Redis, with this database when standalone. */
    public static Map<String, String> properties(String database) {
        return cluster()
                ? Map.of("spring.data.redis.cluster.nodes", clusterNodes())
                : Map.of("spring.data.redis.database", database);
    }

    /** The same for a {@code @DynamicPropertySource} of a Spring test. */
    public static void addTo(DynamicPropertyRegistry registry, String database) {
        properties(database).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The same as command-line arguments of a Spring Boot application started in a process of its own. */
    public static List<String> arguments(String database) {
        return properties(database).entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toList();
    }
}
