package io.devopstrack.projects.support;

import io.devopstrack.testsupport.JwksServer;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For a test class with a context of its own whose MongoDB is elsewhere (a closed port, a relay it cuts): the
 * JWK Set, Redis database and deployment stream of {@link IntegrationTest}, and a short server selection timeout.
 */
public final class MongoElsewhere {

    private MongoElsewhere() {}

    public static void properties(DynamicPropertyRegistry registry, Supplier<Object> mongoUri) {
        registry.add("spring.mongodb.uri", mongoUri);
        registry.add("devopstrack.mongodb.server-selection-timeout", () -> "500ms");
        JwksServer.addTo(registry);
        registry.add("spring.data.redis.database", () -> "1");
        registry.add("devopstrack.deployments.stream", () -> IntegrationTest.TEST_STREAM);
    }
}
