package io.devopstrack.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's security has in common, applied by Spring Security to each {@code HttpSecurity} before
 * the service's own {@code SecurityConfig} adds who may call what: stateless, no CSRF (bearer tokens, no
 * cookies), operations endpoints public, a JWT resource server on Spring Boot's decoder and converter (driven by
 * {@code spring.security.oauth2.resourceserver.jwt.*}), and problem documents for 401 and 403.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnClass({HttpSecurity.class, JwtAuthenticationToken.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class ResourceServerAutoConfiguration {

    static final String[] OPERATIONS = {
        "/healthz", "/healthz/**", "/metrics", "/docs", "/docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"
    };

    @Bean
    @ConditionalOnMissingBean
    SecurityProblems securityProblems(JsonMapper json) {
        return new SecurityProblems(json);
    }

    /**
     * No Spring Security observations, and so no observation wrapper around each filter of a chain (the property
     * {@code management.observations.enable.spring.security=false} made the observations no-ops but left the
     * wrappers on every request). Turning them off had raised tasks-service from 1,664 to 2,152 POST /tasks a second
     * (bench/tasks.sh); {@code http.server.requests} stays.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings devopstrackSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Spring Security's strict firewall; picked up by {@code WebSecurity} as the bean of its type. */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall devopstrackHttpFirewall() {
        return HeaderCharacters.firewall();
    }

    @Bean
    Customizer<HttpSecurity> devopstrackResourceServer(SecurityProblems problems) {
        return http -> http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        // An SSE stream's async dispatches and error dispatches belong to a request already decided.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR)
                        .permitAll()
                        .requestMatchers(OPERATIONS)
                        .permitAll())
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        // A key set that cannot be fetched is 503, like any store down (found by bench/chaos.sh).
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(problems.failureHandler());
                                return filter;
                            }
                        }))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
    }

    /**
     * The issuer of the tokens (auth-service) verifies them from its in-process key ring instead of fetching its
     * own JWK Set over HTTP, with the same validators Boot's {@code jwk-set-uri} decoder gets from
     * {@code issuer-uri} and {@code audiences}.
     */
    @Bean
    @ConditionalOnBean(JWKSource.class)
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder localJwkSourceJwtDecoder(JWKSource<SecurityContext> keys, OAuth2ResourceServerProperties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        if (jwt.getIssuerUri() != null) {
            validators.add(new JwtIssuerValidator(jwt.getIssuerUri()));
        }
        if (!jwt.getAudiences().isEmpty()) {
            List<String> audiences = jwt.getAudiences();
            validators.add(new JwtClaimValidator<Collection<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && !Collections.disjoint(aud, audiences)));
        }
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(validators));
        return decoder;
    }
}
