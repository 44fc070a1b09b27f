package io.devopstrack.auth.login;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** One exception for unknown user, wrong password and disabled user: the answer must not tell them apart. */
public class BadCredentials extends ApiException {

    public BadCredentials() {
        super(HttpStatus.UNAUTHORIZED, "Bad credentials", "Invalid user name or password.");
    }
}
