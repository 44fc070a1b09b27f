package io.devopstrack.auth.token;

/** Unknown, expired, revoked or reused refresh token; the client only learns that it must log in again. */
public class RefreshTokenRejected extends RuntimeException {

    public RefreshTokenRejected(String reason) {
        super(reason);
    }
}
