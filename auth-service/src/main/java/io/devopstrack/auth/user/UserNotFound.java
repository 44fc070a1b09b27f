package io.devopstrack.auth.user;

import java.util.UUID;

public class UserNotFound extends RuntimeException {

    public UserNotFound(UUID id) {
        super("No user with id " + id);
    }
}
