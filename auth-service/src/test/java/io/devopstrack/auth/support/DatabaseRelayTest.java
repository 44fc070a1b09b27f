package io.devopstrack.auth.support;

import io.devopstrack.testsupport.TcpProxy;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service reaching PostgreSQL through a relay of the test class's own ({@link TcpProxy}): cutting or
 * closing the relay is PostgreSQL going away. The relay opens with the class's context and closes after its tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
public abstract class DatabaseRelayTest {

    private static TcpProxy relay;

    @LocalServerPort
    private int port;

    /** The relay between the service and PostgreSQL. */
    protected static synchronized TcpProxy database() {
        if (relay == null) {
            URI uri = TestDatabases.uri();
            relay = new TcpProxy(uri.getHost(), uri.getPort());
        }
        return relay;
    }

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:postgresql://127.0.0.1:" + database().port()
                        + TestDatabases.uri().getPath());
    }

    @AfterAll
    static synchronized void closeRelay() {
        if (relay != null) {
            relay.close();
            relay = null;
        }
    }

    protected AuthApi api() {
        return new AuthApi(port);
    }
}
