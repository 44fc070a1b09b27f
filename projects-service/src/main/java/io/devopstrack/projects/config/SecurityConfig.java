package io.devopstrack.projects.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what; the rest (token verification, public operations endpoints, problem documents) comes from
 * libs/platform. Reads need any role; writes need MAINTAINER or ADMIN; deleting a project is further limited to
 * ADMIN or the project's owner in {@code ProjectService}.
 */
@Configuration
public class SecurityConfig {

    private static final String[] READERS = {"VIEWER", "MAINTAINER", "ADMIN"};
    private static final String[] WRITERS = {"MAINTAINER", "ADMIN"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/projects", "/projects/**")
                        .hasAnyRole(READERS)
                        .requestMatchers("/projects", "/projects/**")
                        .hasAnyRole(WRITERS)
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
