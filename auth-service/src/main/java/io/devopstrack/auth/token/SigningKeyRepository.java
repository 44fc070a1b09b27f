package io.devopstrack.auth.token;

import io.devopstrack.auth.token.SigningKey.Status;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.interfaces.RSAPublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code signing_keys} table. Private keys are stored encrypted when {@link KeyEncryption} is enabled. Changes
 * are made by {@link KeyRotation} inside a transaction holding {@link #lock()}.
 */
@Repository
class SigningKeyRepository {

    private final JdbcClient jdbc;
    private final KeyEncryption encryption;

    SigningKeyRepository(JdbcClient jdbc, KeyEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    /** Transaction-scoped advisory lock, so that replicas starting together agree on one key. */
    void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('devopstrack.signing_keys'))")
                .query()
                .listOfRows();
    }

    /** Every key that is not retired, oldest first. */
    List<SigningKey> findLive() {
        return jdbc.sql("select * from signing_keys where status <> 'RETIRED' order by created_at")
                .query(this::toKey)
                .list();
    }

    Optional<SigningKey> find(Status status) {
        return jdbc.sql("select * from signing_keys where status = ?")
                .param(status.name())
                .query(this::toKey)
                .optional();
    }

    void setStatus(Status from, Status to, Instant now) {
        jdbc.sql("update signing_keys set status = ?, status_changed_at = ? where status = ?")
                .params(to.name(), Timestamp.from(now), from.name())
                .update();
    }

    void retirePublishedBefore(Instant changedBefore, Instant now) {
        jdbc.sql("""
                update signing_keys set status = 'RETIRED', status_changed_at = ?
                where status = 'PUBLISHED' and status_changed_at < ?
                """).params(Timestamp.from(now), Timestamp.from(changedBefore)).update();
    }

    void retireNext(Instant now) {
        jdbc.sql("update signing_keys set status = 'RETIRED', status_changed_at = ? where status = 'NEXT'")
                .param(Timestamp.from(now))
                .update();
    }

    void insert(KeyPair pair, Status status, Instant now) {
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        byte[] privateKey = pair.getPrivate().getEncoded();
        jdbc.sql("""
                insert into signing_keys (kid, algorithm, status, public_key, private_key, private_key_encrypted,
                                          created_at, status_changed_at)
                values (?, 'RS256', ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        RsaKeys.thumbprint(publicKey),
                        status.name(),
                        publicKey.getEncoded(),
                        encryption.enabled() ? encryption.encrypt(privateKey) : privateKey,
                        encryption.enabled(),
                        Timestamp.from(now),
                        Timestamp.from(now))
                .update();
    }

    private SigningKey toKey(ResultSet rs, int rowNum) throws SQLException {
        byte[] privateBytes = rs.getBytes("private_key");
        if (rs.getBoolean("private_key_encrypted")) {
            privateBytes = encryption.decrypt(privateBytes);
        }
        try {
            return new SigningKey(
                    rs.getString("kid"),
                    Status.valueOf(rs.getString("status")),
                    RsaKeys.publicKey(rs.getBytes("public_key")),
                    RsaKeys.privateKey(privateBytes),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("status_changed_at").toInstant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable signing key " + rs.getString("kid"), e);
        }
    }
}
