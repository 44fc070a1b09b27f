package io.devopstrack.auth.token;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** Unknown, expired, revoked or reused refresh token; the client only learns that it must log in again. */
public class RefreshTokenRejected extends ApiException {

    public RefreshTokenRejected() {
        super(HttpStatus.UNAUTHORIZED, "Refresh token rejected", "The refresh token is not valid; log in again.");
    }
}
