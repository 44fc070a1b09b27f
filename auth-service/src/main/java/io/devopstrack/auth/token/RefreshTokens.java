package io.devopstrack.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import io.devopstrack.auth.config.AuthProperties;
import io.devopstrack.auth.user.User;
import io.devopstrack.auth.user.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opaque refresh tokens: 256 random bits, stored only as their SHA-256. One login starts a family; each refresh
 * marks the presented token used and adds a new one to the family. Presenting a used token again means two
 * parties hold the family, so the whole family is revoked, the newest token included.
 */
@Component
public class RefreshTokens {

    public sealed interface Rotation {
    }

    public record Rotated(User user, String refreshToken) implements Rotation {
    }

    public record Rejected(String reason, boolean reuse) implements Rotation {
    }

    private record Stored(UUID familyId, UUID userId, Instant expiresAt, Instant usedAt, Instant revokedAt) {
    }

    private static final int TOKEN_BYTES = 32;

    private final JdbcClient jdbc;
    private final UserRepository users;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(JdbcClient jdbc, UserRepository users, PlatformTransactionManager transactionManager, Clock clock,
            AuthProperties properties) {
        this.jdbc = jdbc;
        this.users = users;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.ttl = properties.refreshToken().ttl();
    }

    public String issue(UUID userId) {
        return insert(UUID.randomUUID(), userId, now());
    }

    /** Commits the family revocation of a reused token before answering, hence a result rather than a throw. */
    public Rotation rotate(String presented) {
        return transactions.execute(status -> rotateLocked(presented));
    }

    /** Logout: the presented token's whole family. Unknown tokens are ignored, so logout reveals nothing. */
    public void revokeFamilyOf(String presented) {
        transactions.executeWithoutResult(status -> find(hash(presented), false)
                .ifPresent(token -> revokeFamily(token.familyId(), now())));
    }

    public void revokeAllOf(UUID userId) {
        jdbc.sql("update refresh_tokens set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(Timestamp.from(now()), userId).update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void deleteExpired() {
        jdbc.sql("delete from refresh_tokens where expires_at < ?")
                .param(Timestamp.from(now().minus(Duration.ofDays(1)))).update();
    }

    private Rotation rotateLocked(String presented) {
        byte[] hash = hash(presented);
        Optional<Stored> found = find(hash, true);
        if (found.isEmpty()) {
            return new Rejected("unknown", false);
        }
        Stored token = found.get();
        Instant now = now();
        if (token.revokedAt() != null) {
            return new Rejected("revoked", false);
        }
        if (token.usedAt() != null) {
            revokeFamily(token.familyId(), now);
            return new Rejected("reused", true);
        }
        if (!token.expiresAt().isAfter(now)) {
            return new Rejected("expired", false);
        }
        Optional<User> user = users.findById(token.userId()).filter(User::enabled);
        if (user.isEmpty()) {
            revokeFamily(token.familyId(), now);
            return new Rejected("user disabled", false);
        }
        jdbc.sql("update refresh_tokens set used_at = ? where token_hash = ?").params(Timestamp.from(now), hash)
                .update();
        return new Rotated(user.get(), insert(token.familyId(), token.userId(), now));
    }

    private Optional<Stored> find(byte[] hash, boolean forUpdate) {
        return jdbc.sql("select family_id, user_id, expires_at, used_at, revoked_at from refresh_tokens "
                + "where token_hash = ?" + (forUpdate ? " for update" : ""))
                .param(hash)
                .query((rs, n) -> new Stored(rs.getObject("family_id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("used_at")), instant(rs.getTimestamp("revoked_at"))))
                .optional();
    }

    private void revokeFamily(UUID familyId, Instant now) {
        jdbc.sql("update refresh_tokens set revoked_at = ? where family_id = ? and revoked_at is null")
                .params(Timestamp.from(now), familyId).update();
    }

    private String insert(UUID familyId, UUID userId, Instant now) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into refresh_tokens (token_hash, family_id, user_id, issued_at, expires_at)
                values (?, ?, ?, ?, ?)
                """)
                .params(hash(token), familyId, userId, Timestamp.from(now), Timestamp.from(now.plus(ttl)))
                .update();
        return token;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
