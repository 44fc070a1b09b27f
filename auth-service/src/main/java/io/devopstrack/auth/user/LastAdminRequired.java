package io.devopstrack.auth.user;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class LastAdminRequired extends ApiException {

    public LastAdminRequired() {
        super(
                HttpStatus.CONFLICT,
                "Last admin required",
                "This is the last enabled ADMIN: it cannot be disabled, deleted or lose the ADMIN role.");
    }
}
