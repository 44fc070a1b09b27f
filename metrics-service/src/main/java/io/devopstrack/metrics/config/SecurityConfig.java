package io.devopstrack.metrics.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every statistic is readable by any role; the rest (token verification, public operations endpoints, problem
 * documents) comes from libs/platform.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    private static final String[] READER_ROLES = {"ADMIN", "MAINTAINER", "VIEWER"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(READER_ROLES))
                .build();
    }
}
