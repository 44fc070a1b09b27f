package io.devopstrack.projects.project;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who calls, from the verified access token: the user name is the {@code preferred_username} claim, or the
 * subject (user id) when a token lacks it.
 */
public record Caller(String username, boolean admin, boolean maintainer) {

    public static Caller of(Authentication authentication) {
        Jwt jwt = (Jwt) authentication.getPrincipal();
        String username = jwt.getClaimAsString("preferred_username");
        return new Caller(
                username != null ? username : jwt.getSubject(),
                hasRole(authentication, "ROLE_ADMIN"),
                hasRole(authentication, "ROLE_MAINTAINER"));
    }

    private static boolean hasRole(Authentication authentication, String role) {
        return authentication.getAuthorities().stream().anyMatch(a -> role.equals(a.getAuthority()));
    }
}
