package io.devopstrack.auth.user;

import io.devopstrack.platform.problem.ApiException;
import java.util.UUID;
import org.springframework.http.HttpStatus;

public class UserNotFound extends ApiException {

    public UserNotFound(UUID id) {
        super(HttpStatus.NOT_FOUND, "User not found", "No user with id " + id + ".");
    }
}
