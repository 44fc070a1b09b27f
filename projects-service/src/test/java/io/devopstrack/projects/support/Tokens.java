package io.devopstrack.projects.support;

import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.jsonwebtoken.JwtBuilder;
import io.jsonwebtoken.Jwts;

/** Access tokens shaped as auth-service makes them (docs/contracts.md), signed with the JwksServer key. */
public final class Tokens {

    public static final String ISSUER = "devopstrack-auth";
    public static final String AUDIENCE = "devopstrack";

    private Tokens() {
    }

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
        return builder(username, List.of(roles), Instant.now().plus(Duration.ofMinutes(15)), AUDIENCE, ISSUER)
                .signWith(JwksServer.get().keyPair().getPrivate(), Jwts.SIG.RS256).compact();
    }

    public static String expired(String username) {
        return builder(username, List.of("ADMIN"), Instant.now().minus(Duration.ofMinutes(5)), AUDIENCE, ISSUER)
                .signWith(JwksServer.get().keyPair().getPrivate(), Jwts.SIG.RS256).compact();
    }

    /** Right kid and claims, but signed by a key the JWK Set does not hold. */
    public static String forged(String username) {
        PrivateKey otherKey = JwksServer.newRsaKeyPair().getPrivate();
        return builder(username, List.of("ADMIN"), Instant.now().plus(Duration.ofMinutes(15)), AUDIENCE, ISSUER)
                .signWith(otherKey, Jwts.SIG.RS256).compact();
    }

    /** {@code alg: none}: no signature at all. */
    public static String unsigned(String username) {
        return builder(username, List.of("ADMIN"), Instant.now().plus(Duration.ofMinutes(15)), AUDIENCE, ISSUER).compact();
    }

    public static String withAudience(String username, String audience) {
        return builder(username, List.of("ADMIN"), Instant.now().plus(Duration.ofMinutes(15)), audience, ISSUER)
                .signWith(JwksServer.get().keyPair().getPrivate(), Jwts.SIG.RS256).compact();
    }

    public static String withIssuer(String username, String issuer) {
        return builder(username, List.of("ADMIN"), Instant.now().plus(Duration.ofMinutes(15)), AUDIENCE, issuer)
                .signWith(JwksServer.get().keyPair().getPrivate(), Jwts.SIG.RS256).compact();
    }

    private static JwtBuilder builder(String username, List<String> roles, Instant expiresAt, String audience,
                                      String issuer) {
        Instant issuedAt = expiresAt.minus(Duration.ofMinutes(15));
        return Jwts.builder()
                .header().keyId(JwksServer.KEY_ID).and()
                .issuer(issuer)
                .audience().add(audience).and()
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .claim("preferred_username", username)
                .claim("roles", roles)
                .issuedAt(Date.from(issuedAt))
                .expiration(Date.from(expiresAt))
                .id(UUID.randomUUID().toString());
    }
}
