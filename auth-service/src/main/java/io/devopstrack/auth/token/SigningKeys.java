package io.devopstrack.auth.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.devopstrack.auth.token.SigningKey.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * This replica's copy of the RS256 key ring kept in PostgreSQL (so that restarts and replicas share it): the key
 * that signs, and the public keys that verify. {@link KeyRotation} reloads it periodically; a verifier asking for a
 * key id it does not know reloads it at once, at most every five seconds.
 */
@Component
public class SigningKeys implements JWKSource<SecurityContext> {

    private static final Duration UNKNOWN_KID_RELOAD_PAUSE = Duration.ofSeconds(5);

    private final SigningKeyRepository repository;
    private final Clock clock;

    private volatile KeyRing ring;
    private volatile Instant lastReload = Instant.EPOCH;

    private record KeyRing(SigningKey active, JWKSet publicKeys) {}

    SigningKeys(SigningKeyRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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

    void reload() {
        List<SigningKey> keys = repository.findLive();
        SigningKey active = keys.stream()
                .filter(key -> key.status() == Status.ACTIVE)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No active signing key"));
        ring = new KeyRing(
                active, new JWKSet(keys.stream().<JWK>map(SigningKey::publicJwk).toList()));
        lastReload = clock.instant();
    }
}
