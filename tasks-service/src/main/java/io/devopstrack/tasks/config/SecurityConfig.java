package io.devopstrack.tasks.config;

import io.devopstrack.platform.security.SecurityProblems;
import io.devopstrack.tasks.events.SseTickets;
import io.devopstrack.tasks.events.TicketAuthenticationConverter;
import io.devopstrack.tasks.events.TicketAuthenticationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may call what, plus the SSE ticket login; the rest (token verification, public operations endpoints,
 * problem documents) comes from libs/platform.
 */
@Configuration
public class SecurityConfig {

    private static final String[] ANY_ROLE = {"ADMIN", "MAINTAINER", "VIEWER"};
    private static final String[] OPERATORS = {"ADMIN", "MAINTAINER"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProblems problems, SseTickets tickets) throws Exception {
        // GET /tasks/events?ticket=… : the browser's EventSource cannot send a Bearer header.
        AuthenticationFilter ticketFilter = new AuthenticationFilter(
                new ProviderManager(new TicketAuthenticationProvider(tickets)), new TicketAuthenticationConverter());
        ticketFilter.setRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/tasks/events"));
        ticketFilter.setSuccessHandler((request, response, authentication) -> {});
        ticketFilter.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));

        return http.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/tasks/events/tickets")
                        .hasAnyRole(ANY_ROLE)
                        .requestMatchers(HttpMethod.POST, "/tasks", "/tasks/*/cancel", "/tasks/*/retry")
                        .hasAnyRole(OPERATORS)
                        .requestMatchers(HttpMethod.GET, "/tasks", "/tasks/**")
                        .hasAnyRole(ANY_ROLE)
                        .anyRequest()
                        .denyAll())
                .addFilterBefore(ticketFilter, BearerTokenAuthenticationFilter.class)
                .build();
    }
}
