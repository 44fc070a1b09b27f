package io.devopstrack.auth.token;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.devopstrack.auth.config.AuthProperties;
import io.devopstrack.auth.token.SigningKey.Status;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RS256 key ring, kept in PostgreSQL so that restarts and replicas share it. Every change happens under a
 * transaction-scoped advisory lock, so two replicas starting together agree on one key. Each replica re-reads the
 * table periodically, and at once when asked for a key id it does not know.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final Duration UNKNOWN_KID_RELOAD_PAUSE = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final KeyEncryption encryption;
    private final Clock clock;
    private final AuthProperties.Keys settings;
    private final Duration accessTokenTtl;

    private volatile KeyRing ring;
    private volatile Instant lastReload = Instant.EPOCH;

    private record KeyRing(SigningKey active, JWKSet publicKeys) {
    }

    SigningKeys(JdbcClient jdbc, PlatformTransactionManager transactionManager, KeyEncryption encryption,
            Clock clock, AuthProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.encryption = encryption;
        this.clock = clock;
        this.settings = properties.keys();
        this.accessTokenTtl = properties.jwt().accessTokenTtl();
    }

    @PostConstruct
    void start() {
        maintain();
    }

    /** Advances the rotation (see docs/auth-service.md) and picks up what other replicas changed. */
    @Scheduled(initialDelayString = "${devopstrack.auth.keys.reload-interval}",
            fixedDelayString = "${devopstrack.auth.keys.reload-interval}")
    public void maintain() {
        transactions.executeWithoutResult(status -> {
            lock();
            advanceRotation();
        });
        reload();
    }

    /** Replaces the active key at once (e.g. after a suspected leak); the old one stays published. */
    public void rotateNow() {
        transactions.executeWithoutResult(status -> {
            lock();
            Instant now = now();
            jdbc.sql("update signing_keys set status = 'RETIRED', status_changed_at = ? where status = 'NEXT'")
                    .param(Timestamp.from(now)).update();
            setStatus(Status.ACTIVE, Status.PUBLISHED, now);
            insert(generate(), Status.ACTIVE, now);
        });
        reload();
    }

    public SigningKey active() {
        return ring.active();
    }

    /** The public half of every key that may have signed, or is about to sign, a live token. */
    public JWKSet publicJwkSet() {
        return ring.publicKeys();
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        List<JWK> found = selector.select(ring.publicKeys());
        if (found.isEmpty() && clock.instant().isAfter(lastReload.plus(UNKNOWN_KID_RELOAD_PAUSE))) {
            reload();
            found = selector.select(ring.publicKeys());
        }
        return found;
    }

    private void advanceRotation() {
        Instant now = now();
        Optional<SigningKey> active = find(Status.ACTIVE);
        Optional<SigningKey> next = find(Status.NEXT);
        if (active.isEmpty()) {
            // First start (no token can exist yet): the new key signs at once.
            if (next.isPresent()) {
                setStatus(Status.NEXT, Status.ACTIVE, now);
            } else {
                insert(generate(), Status.ACTIVE, now);
                log.info("Created the first token signing key");
            }
            return;
        }
        // A NEXT key is published for two reload intervals before it signs, so that every replica (and every
        // resource server refreshing its JWK Set) already knows it when the first token signed by it arrives.
        if (next.isEmpty() && active.get().createdAt().plus(settings.maxAge()).isBefore(now)) {
            insert(generate(), Status.NEXT, now);
        } else if (next.isPresent() && next.get().statusChangedAt().plus(settings.reloadInterval().multipliedBy(2))
                .isBefore(now)) {
            setStatus(Status.ACTIVE, Status.PUBLISHED, now);
            setStatus(Status.NEXT, Status.ACTIVE, now);
            log.info("Rotated the token signing key");
        }
        Instant noLiveTokenBefore = now.minus(accessTokenTtl).minus(settings.reloadInterval()).minusSeconds(60);
        jdbc.sql("""
                update signing_keys set status = 'RETIRED', status_changed_at = ?
                where status = 'PUBLISHED' and status_changed_at < ?
                """).params(Timestamp.from(now), Timestamp.from(noLiveTokenBefore)).update();
    }

    private void reload() {
        List<SigningKey> keys = jdbc.sql("select * from signing_keys where status <> 'RETIRED' order by created_at")
                .query(this::toKey).list();
        SigningKey active = keys.stream().filter(key -> key.status() == Status.ACTIVE).findFirst()
                .orElseThrow(() -> new IllegalStateException("No active signing key"));
        ring = new KeyRing(active, new JWKSet(keys.stream().<JWK>map(SigningKey::publicJwk).toList()));
        lastReload = clock.instant();
    }

    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('devopstrack.signing_keys'))").query().listOfRows();
    }

    private Optional<SigningKey> find(Status status) {
        return jdbc.sql("select * from signing_keys where status = ?").param(status.name()).query(this::toKey)
                .optional();
    }

    private void setStatus(Status from, Status to, Instant now) {
        jdbc.sql("update signing_keys set status = ?, status_changed_at = ? where status = ?")
                .params(to.name(), Timestamp.from(now), from.name()).update();
    }

    private void insert(KeyPair pair, Status status, Instant now) {
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        byte[] privateKey = pair.getPrivate().getEncoded();
        jdbc.sql("""
                insert into signing_keys (kid, algorithm, status, public_key, private_key, private_key_encrypted,
                                          created_at, status_changed_at)
                values (?, 'RS256', ?, ?, ?, ?, ?, ?)
                """)
                .params(thumbprint(publicKey), status.name(), publicKey.getEncoded(),
                        encryption.enabled() ? encryption.encrypt(privateKey) : privateKey, encryption.enabled(),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    private SigningKey toKey(ResultSet rs, int rowNum) throws SQLException {
        byte[] privateBytes = rs.getBytes("private_key");
        if (rs.getBoolean("private_key_encrypted")) {
            privateBytes = encryption.decrypt(privateBytes);
        }
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new SigningKey(rs.getString("kid"), Status.valueOf(rs.getString("status")),
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(rs.getBytes("public_key"))),
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(privateBytes)),
                    rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("status_changed_at").toInstant());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable signing key " + rs.getString("kid"), e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String thumbprint(RSAPublicKey publicKey) {
        try {
            return new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
