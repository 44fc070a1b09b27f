package io.devopstrack.auth.token;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code refresh_tokens} table: tokens by their SHA-256, grouped in families. */
@Repository
class RefreshTokenRepository {

    record Stored(UUID familyId, UUID userId, Instant expiresAt, Instant usedAt, Instant revokedAt) {}

    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(byte[] hash, UUID familyId, UUID userId, Instant issuedAt, Instant expiresAt) {
        jdbc.sql("""
                insert into refresh_tokens (token_hash, family_id, user_id, issued_at, expires_at)
                values (?, ?, ?, ?, ?)
                """)
                .params(hash, familyId, userId, Timestamp.from(issuedAt), Timestamp.from(expiresAt))
                .update();
    }

    Optional<Stored> find(byte[] hash) {
        return find(hash, false);
    }

    /** The token with a row lock held until the transaction ends, so that two refreshes with it serialise. */
    Optional<Stored> findForUpdate(byte[] hash) {
        return find(hash, true);
    }

    void markUsed(byte[] hash, Instant now) {
        jdbc.sql("update refresh_tokens set used_at = ? where token_hash = ?")
                .params(Timestamp.from(now), hash)
                .update();
    }

    void revokeFamily(UUID familyId, Instant now) {
        jdbc.sql("update refresh_tokens set revoked_at = ? where family_id = ? and revoked_at is null")
                .params(Timestamp.from(now), familyId)
                .update();
    }

    void revokeAllOf(UUID userId, Instant now) {
        jdbc.sql("update refresh_tokens set revoked_at = ? where user_id = ? and revoked_at is null")
                .params(Timestamp.from(now), userId)
                .update();
    }

    void deleteExpiredBefore(Instant cutoff) {
        jdbc.sql("delete from refresh_tokens where expires_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }

    private Optional<Stored> find(byte[] hash, boolean forUpdate) {
        return jdbc.sql("select family_id, user_id, expires_at, used_at, revoked_at from refresh_tokens "
                        + "where token_hash = ?" + (forUpdate ? " for update" : ""))
                .param(hash)
                .query((rs, n) -> new Stored(
                        rs.getObject("family_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .optional();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
