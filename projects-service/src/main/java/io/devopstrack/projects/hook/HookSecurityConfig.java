package io.devopstrack.projects.hook;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * {@code /hooks/**} carries no JWT: a hook is authenticated by its integration's secret in HookIntake. It needs a
 * chain of its own, before the resource server's: a mere permitAll there would still hand a CDEvents sender's
 * {@code Authorization: Bearer <secret>} to the JWT decoder, which would answer 401 before the hook is reached.
 */
@Configuration
public class HookSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain hookSecurityFilterChain(HttpSecurity http) throws Exception {
        // The platform's customizer gave every chain, this one too, the JWT resource server: taken off again here.
        http.securityMatcher("/hooks/**")
                .oauth2ResourceServer(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }
}
