package io.devopstrack.auth.user;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class UsernameTaken extends ApiException {

    public UsernameTaken(String username) {
        super(HttpStatus.CONFLICT, "User name taken", "The user name '" + username + "' is already taken.");
    }
}
