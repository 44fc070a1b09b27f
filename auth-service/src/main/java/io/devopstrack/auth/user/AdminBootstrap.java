package io.devopstrack.auth.user;

import io.devopstrack.auth.config.AuthProperties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Creates the first ADMIN from configuration when the user table is empty (the very first start). */
@Component
class AdminBootstrap implements ApplicationRunner {

    static final String LOCAL_DEFAULT_PASSWORD = "admin-change-me";

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserService userService;
    private final UserRepository users;
    private final AuthProperties.Admin admin;
    private final Environment environment;

    AdminBootstrap(UserService userService, UserRepository users, AuthProperties properties, Environment environment) {
        this.userService = userService;
        this.users = users;
        this.admin = properties.admin();
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!users.isEmpty()) {
            return;
        }
        if (admin.username() == null
                || admin.username().isBlank()
                || admin.password() == null
                || admin.password().isBlank()) {
            throw new IllegalStateException(
                    "DEVOPSTRACK_ADMIN_USERNAME and DEVOPSTRACK_ADMIN_PASSWORD must not be empty");
        }
        if (environment.acceptsProfiles(Profiles.of("prod")) && LOCAL_DEFAULT_PASSWORD.equals(admin.password())) {
            throw new IllegalStateException(
                    "Refusing to create the first admin with the local default password under the prod profile: "
                            + "set DEVOPSTRACK_ADMIN_PASSWORD");
        }
        try {
            userService.create(new CreateUserRequest(admin.username(), admin.password(), Set.of(Role.ADMIN)));
            log.info("Created the first admin user '{}' from DEVOPSTRACK_ADMIN_USERNAME/PASSWORD", admin.username());
        } catch (UsernameTaken e) {
            log.info("Another replica created the first admin user '{}'", admin.username());
        }
    }
}
