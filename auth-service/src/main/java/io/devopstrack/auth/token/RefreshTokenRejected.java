package io.devopstrack.auth.token;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** Unknown, expired, revoked or reused refresh token; the client only learns that it must log in again. */
public class RefreshTokenRejected extends ApiException {

    private final String reason;

    public RefreshTokenRejected(String reason) {
        super(HttpStatus.UNAUTHORIZED, "Refresh token rejected", "The refresh token is not valid; log in again.");
        this.reason = reason;
    }

    /** Why, for the logs only: a client learns nothing about which check failed. */
    public String reason() {
        return reason;
    }
}
