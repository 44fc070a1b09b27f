package io.devopstrack.auth.support;

import io.devopstrack.auth.user.CreateUserRequest;
import io.devopstrack.auth.user.Role;
import io.devopstrack.auth.user.UserResponse;
import io.devopstrack.auth.user.UserService;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The whole service on a random port against the real PostgreSQL database auth_test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTest {

    /** Every user a test creates has this prefix, so that tests remove exactly their own data. */
    protected static final String TEST_USER_PREFIX = "test-";

    @LocalServerPort
    private int port;

    @Autowired
    protected UserService userService;

    @Autowired
    protected JdbcClient jdbc;

    protected AuthApi api;

    public record TestUser(String id, String username, String password) {}

    @BeforeEach
    void connect() {
        api = new AuthApi(port);
        deleteTestUsers();
    }

    @AfterEach
    void deleteTestUsers() {
        jdbc.sql("delete from users where username like ?")
                .param(TEST_USER_PREFIX + "%")
                .update();
    }

    protected TestUser createUser(Role... roles) {
        String username = uniqueUsername();
        String password = "pw-" + UUID.randomUUID();
        UserResponse user = userService.create(new CreateUserRequest(username, password, Set.of(roles)));
        return new TestUser(user.id(), username, password);
    }

    protected String accessTokenOf(TestUser user) {
        return api.accessToken(user.username(), user.password());
    }

    protected static String uniqueUsername() {
        return TEST_USER_PREFIX + UUID.randomUUID().toString().substring(0, 13);
    }
}
