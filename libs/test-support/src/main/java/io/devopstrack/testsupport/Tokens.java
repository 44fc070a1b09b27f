package io.devopstrack.testsupport;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Access tokens shaped as auth-service makes them (docs/contracts.md), signed with the {@link JwksServer} key.
 * The flawed ones (expired, forged, ...) carry ADMIN unless roles are given, so that a test sees them refused
 * for their flaw and not for their roles.
 */
public final class Tokens {

    public static final String ISSUER = "devopstrack-auth";
    public static final String AUDIENCE = "devopstrack";
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    private Tokens() {}

    public static String viewer(String username) {
        return token(username, "VIEWER");
    }

    public static String maintainer(String username) {
        return token(username, "MAINTAINER");
    }

    public static String admin(String username) {
        return token(username, "ADMIN");
    }

    public static String token(String username, String... roles) {
        return signed(builder(username, List.of(roles), Instant.now().plus(LIFETIME), AUDIENCE, ISSUER));
    }

    public static String expired(String username, String... roles) {
        return signed(builder(username, orAdmin(roles), Instant.now().minus(Duration.ofMinutes(5)), AUDIENCE, ISSUER));
    }

    /** Right kid and claims, but signed by a key the JWK Set does not hold. */
    public static String forged(String username, String... roles) {
        PrivateKey otherKey = JwksServer.newRsaKeyPair().getPrivate();
        return builder(username, orAdmin(roles), Instant.now().plus(LIFETIME), AUDIENCE, ISSUER)
                .signWith(otherKey, Jwts.SIG.RS256)
                .compact();
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned(String username, String... roles) {
        return builder(username, orAdmin(roles), Instant.now().plus(LIFETIME), AUDIENCE, ISSUER)
                .compact();
    }

    public static String withAudience(String username, String audience, String... roles) {
        return signed(builder(username, orAdmin(roles), Instant.now().plus(LIFETIME), audience, ISSUER));
    }

    public static String withIssuer(String username, String issuer, String... roles) {
        return signed(builder(username, orAdmin(roles), Instant.now().plus(LIFETIME), AUDIENCE, issuer));
    }

    private static List<String> orAdmin(String... roles) {
        return roles.length == 0 ? List.of("ADMIN") : List.of(roles);
    }

    private static String signed(JwtBuilder builder) {
        return builder.signWith(JwksServer.get().keyPair().getPrivate(), Jwts.SIG.RS256)
                .compact();
    }

    private static JwtBuilder builder(
            String username, List<String> roles, Instant expiresAt, String audience, String issuer) {
        Instant issuedAt = expiresAt.minus(LIFETIME);
        return Jwts.builder()
                .header()
                .keyId(JwksServer.KEY_ID)
                .and()
                .issuer(issuer)
                .audience()
                .add(audience)
                .and()
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("roles", roles)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .id(UUID.randomUUID().toString());
    }
}
