package io.devopstrack.auth.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Every tunable of the service; application.yml maps each one to an environment variable. */
@ConfigurationProperties("devopstrack.auth")
public record AuthProperties(
        Jwt jwt, RefreshToken refreshToken, Admin admin, Password password, Login login, Keys keys) {

    public record Jwt(String issuer, String audience, Duration accessTokenTtl) {}

    public record RefreshToken(Duration ttl) {}

    public record Admin(String username, String password) {}

    public record Password(int bcryptStrength) {}

    public record Login(int maxFailuresPerUsername, int maxFailuresPerAddress, Duration window) {}

    /**
     * @param encryptionKey secret that encrypts the private keys at rest (AES-256-GCM); empty stores them as is
     * @param maxAge        age after which the active key is replaced
     * @param reloadInterval how often a replica re-reads the key table to pick up a rotation
     */
    public record Keys(String encryptionKey, Duration maxAge, Duration reloadInterval) {}
}
