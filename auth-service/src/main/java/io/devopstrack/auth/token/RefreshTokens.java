package io.devopstrack.auth.token;

import io.devopstrack.auth.config.AuthProperties;
import io.devopstrack.auth.user.User;
import io.devopstrack.auth.user.UserRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opaque refresh tokens: 256 random bits, stored only as their SHA-256. One login starts a family; each refresh
 * marks the presented token used and adds a new one to the family. Presenting a used token again means two
 * parties hold the family, so the whole family is revoked, the newest token included.
 */
@Component
public record RefreshTokens(
        RefreshTokenRepository tokens,
        UserRepository users,
        TransactionTemplate transactions,
        Clock clock,
        AuthProperties properties) {

    public sealed interface Rotation {}

    public record Rotated(User user, String refreshToken) implements Rotation {}

    public record Rejected(String reason, boolean reuse) implements Rotation {}

    private static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    public String issue(UUID userId) {
        return insert(UUID.randomUUID(), userId, now());
    }

    /** Commits the family revocation of a reused token before answering, hence a result rather than a throw. */
    public Rotation rotate(String presented) {
        return transactions.execute(status -> rotateLocked(presented));
    }

    /** Logout: the presented token's whole family. Unknown tokens are ignored, so logout reveals nothing. */
    public void revokeFamilyOf(String presented) {
        transactions.executeWithoutResult(status ->
                tokens.find(hash(presented)).ifPresent(token -> tokens.revokeFamily(token.familyId(), now())));
    }

    public void revokeAllOf(UUID userId) {
        tokens.revokeAllOf(userId, now());
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void deleteExpired() {
        tokens.deleteExpiredBefore(now().minus(Duration.ofDays(1)));
    }

    private Rotation rotateLocked(String presented) {
        byte[] hash = hash(presented);
        Optional<RefreshTokenRepository.Stored> found = tokens.findForUpdate(hash);
        if (found.isEmpty()) {
            return new Rejected("unknown", false);
        }
        RefreshTokenRepository.Stored token = found.get();
        Instant now = now();
        if (token.revokedAt() != null) {
            return new Rejected("revoked", false);
        }
        if (token.usedAt() != null) {
            tokens.revokeFamily(token.familyId(), now);
            return new Rejected("reused", true);
        }
        if (!token.expiresAt().isAfter(now)) {
            return new Rejected("expired", false);
        }
        Optional<User> user = users.findById(token.userId()).filter(User::enabled);
        if (user.isEmpty()) {
            tokens.revokeFamily(token.familyId(), now);
            return new Rejected("user disabled", false);
        }
        tokens.markUsed(hash, now);
        return new Rotated(user.get(), insert(token.familyId(), token.userId(), now));
    }

    private String insert(UUID familyId, UUID userId, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(properties.refreshToken().ttl());
        tokens.insert(hash(token), familyId, userId, now, expiresAt);
        return token;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
