package io.devopstrack.testsupport;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Callers of a slice test ({@code @WebMvcTest}): the authentication the resource server makes of a verified
 * access token, with auth-service's claims, {@code ROLE_*} authorities from {@code roles} and the user name as the
 * principal's name ({@code principal-claim-name: preferred_username}).
 */
public final class Callers {

    private Callers() {}

    public static RequestPostProcessor viewer() {
        return as("vic", "VIEWER");
    }

    public static RequestPostProcessor maintainer() {
        return as("maria", "MAINTAINER");
    }

    public static RequestPostProcessor admin() {
        return as("ada", "ADMIN");
    }

    public static RequestPostProcessor as(String username, String... roles) {
        List<GrantedAuthority> authorities = Arrays.stream(roles)
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return SecurityMockMvcRequestPostProcessors.authentication(
                new JwtAuthenticationToken(jwt(username, roles), authorities, username));
    }

    /** A decoded access token, e.g. for a mocked {@code JwtDecoder} when the request must carry the header. */
    public static Jwt jwt(String username, String... roles) {
        Instant now = Instant.now();
        return Jwt.withTokenValue("token-of-" + username)
                .header("alg", "RS256")
                .issuer(Tokens.ISSUER)
                .audience(List.of(Tokens.AUDIENCE))
                .subject("id-" + username)
                .claim("preferred_username", username)
                .claim("roles", List.of(roles))
                .issuedAt(now)
                .expiresAt(now.plusSeconds(900))
                .build();
    }
}
