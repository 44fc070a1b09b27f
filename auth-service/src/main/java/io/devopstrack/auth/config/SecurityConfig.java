package io.devopstrack.auth.config;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. Token verification (from the in-process key ring, see libs/platform), the public operations
 * endpoints and the problem documents for 401/403 come from libs/platform.
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        // Any method, so that a wrong one gets its 405 rather than a 401.
                        .requestMatchers("/auth/login", "/auth/refresh", "/auth/logout")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/auth/jwks")
                        .permitAll()
                        .requestMatchers("/auth/users", "/auth/users/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .build();
    }

    /** BCrypt behind a delegating encoder: stored hashes carry {bcrypt}, so a later algorithm can coexist. */
    @Bean
    PasswordEncoder passwordEncoder(AuthProperties properties) {
        String id = "bcrypt";
        return new DelegatingPasswordEncoder(
                id, Map.of(id, new BCryptPasswordEncoder(properties.password().bcryptStrength())));
    }
}
