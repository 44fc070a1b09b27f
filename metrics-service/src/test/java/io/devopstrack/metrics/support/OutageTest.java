package io.devopstrack.metrics.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.testsupport.Tokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service on a random port in a context of its own (dropped after the class), with one of the servers it needs
 * unreachable or stopped during the test: the subclass's {@code @DynamicPropertySource} says which.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class OutageTest {

    // Redis database 1 is the tests' own; a subclass that closes Redis's port makes the database moot. The JWK Set
    // is each subclass's: one of them points it at a closed port.
    @DynamicPropertySource
    static void testDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.database", () -> "1");
    }

    @Value("${local.server.port}")
    private int port;

    protected Api api() {
        return new Api(port);
    }

    protected static String viewerToken() {
        return Tokens.token("tester", "VIEWER");
    }

    /** A 503 problem document that shows neither an exception nor the address that could not be reached. */
    protected static void assertUnavailableProblem(Api.Response response, String what) {
        assertThat(response.status()).as(what).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("127.0.0.1");
    }
}
