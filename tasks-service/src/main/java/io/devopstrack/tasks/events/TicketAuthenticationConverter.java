package io.devopstrack.tasks.events;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/** Reads {@code ?ticket=}; without one, the request goes on to Bearer authentication. */
public class TicketAuthenticationConverter implements AuthenticationConverter {

    @Override
    public Authentication convert(HttpServletRequest request) {
        String ticket = request.getParameter("ticket");
        return ticket == null || ticket.isBlank() ? null : TicketAuthentication.unauthenticated(ticket);
    }
}
