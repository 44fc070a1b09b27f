package io.devopstrack.auth.token;

import io.devopstrack.auth.config.AuthProperties;
import io.devopstrack.auth.user.User;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Signs access tokens with the active key; the claims are the contract in docs/contracts.md. */
@Component
public class AccessTokens {

    private final SigningKeys signingKeys;
    private final Clock clock;
    private final AuthProperties.Jwt settings;

    AccessTokens(SigningKeys signingKeys, Clock clock, AuthProperties properties) {
        this.signingKeys = signingKeys;
        this.clock = clock;
        this.settings = properties.jwt();
    }

    public String issue(User user) {
        SigningKey key = signingKeys.active();
        Instant now = clock.instant();
        return Jwts.builder()
                .header()
                .keyId(key.kid())
                .type("JWT")
                .and()
                .issuer(settings.issuer())
                .audience()
                .add(settings.audience())
                .and()
                .subject(user.id().toString())
                .claim("preferred_username", user.username())
                .claim("roles", user.roles().stream().sorted().map(Enum::name).toList())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(settings.accessTokenTtl())))
                .id(UUID.randomUUID().toString())
                .signWith(key.privateKey(), Jwts.SIG.RS256)
                .compact();
    }

    public Duration ttl() {
        return settings.accessTokenTtl();
    }
}
