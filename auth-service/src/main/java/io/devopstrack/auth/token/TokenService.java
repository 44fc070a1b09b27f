package io.devopstrack.auth.token;

import io.devopstrack.auth.user.User;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Counter refreshed;
    private final Counter rejected;
    private final Counter reused;

    TokenService(AccessTokens accessTokens, RefreshTokens refreshTokens, MeterRegistry meters) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.refreshed = refreshCounter(meters, "ok");
        this.rejected = refreshCounter(meters, "rejected");
        this.reused = refreshCounter(meters, "reused");
    }

    public TokenResponse issueFor(User user) {
        return response(user, refreshTokens.issue(user.id()));
    }

    public TokenResponse refresh(String presentedRefreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(presentedRefreshToken);
        if (rotation instanceof RefreshTokens.Rotated rotated) {
            refreshed.increment();
            return response(rotated.user(), rotated.refreshToken());
        }
        RefreshTokens.Rejected refusal = (RefreshTokens.Rejected) rotation;
        // Why, for the logs only: the client learns nothing about which check failed.
        if (refusal.reuse()) {
            reused.increment();
            log.warn("A used refresh token was presented again: its whole family is revoked");
        } else {
            rejected.increment();
            log.debug("Refresh token rejected: {}", refusal.reason());
        }
        throw new RefreshTokenRejected();
    }

    public void logout(String presentedRefreshToken) {
        refreshTokens.revokeFamilyOf(presentedRefreshToken);
    }

    private TokenResponse response(User user, String refreshToken) {
        return new TokenResponse(
                accessTokens.issue(user),
                refreshToken,
                "Bearer",
                accessTokens.ttl().toSeconds());
    }

    private static Counter refreshCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("devopstrack.token.refreshes")
                .description("Refresh-token exchanges by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }
}
