package io.devopstrack.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopstrack.auth.support.IntegrationTest;
import io.devopstrack.auth.user.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The proof for projects-, tasks- and metrics-service: a resource server configured exactly as docs/auth-service.md
 * tells them, from nothing but the JWK Set URL, accepts this service's tokens and sees the roles as authorities.
 */
class ResourceServerVerificationIntegrationTests extends IntegrationTest {

    @Test
    void aResourceServerVerifiesLoginTokensFromTheJwkSetAndMapsRolesToAuthorities() {
        TestUser user = createUser(Role.MAINTAINER, Role.VIEWER);
        JwtDecoderAsOtherServicesBuildIt resourceServer =
                new JwtDecoderAsOtherServicesBuildIt(api.baseUrl() + "/auth/jwks", "devopstrack-auth", "devopstrack");

        Jwt jwt = resourceServer.decoder.decode(accessTokenOf(user));
        Authentication authentication = resourceServer.authentication.convert(jwt);

        assertThat(jwt.getSubject()).isEqualTo(user.id());
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo(user.username());
        // Spring Security 7 adds a FACTOR_BEARER authority of its own beside the roles.
        assertThat(authentication.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .filteredOn(authority -> authority.startsWith("ROLE_"))
                .containsExactlyInAnyOrder("ROLE_MAINTAINER", "ROLE_VIEWER");
    }

    @Test
    void aResourceServerExpectingAnotherAudienceRefusesTheToken() {
        TestUser user = createUser(Role.VIEWER);
        JwtDecoderAsOtherServicesBuildIt resourceServer = new JwtDecoderAsOtherServicesBuildIt(
                api.baseUrl() + "/auth/jwks", "devopstrack-auth", "another-platform");

        assertThatThrownBy(() -> resourceServer.decoder.decode(accessTokenOf(user)))
                .isInstanceOf(JwtException.class);
    }

    /** Mirrors the snippet in docs/auth-service.md; keep the two identical. */
    private static final class JwtDecoderAsOtherServicesBuildIt {

        final NimbusJwtDecoder decoder;
        final JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();

        JwtDecoderAsOtherServicesBuildIt(String jwkSetUri, String issuer, String audience) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                    new JwtIssuerValidator(issuer), new JwtAudienceValidator(audience)));
            JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
            roles.setAuthoritiesClaimName("roles");
            roles.setAuthorityPrefix("ROLE_");
            authentication.setJwtGrantedAuthoritiesConverter(roles);
        }
    }
}
