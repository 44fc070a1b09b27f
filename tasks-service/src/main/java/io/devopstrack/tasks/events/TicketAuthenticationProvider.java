package io.devopstrack.tasks.events;

import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** Redeems an SSE ticket: the stream is opened with the roles of the user who asked for the ticket. */
public class TicketAuthenticationProvider implements AuthenticationProvider {

    private final SseTickets tickets;

    public TicketAuthenticationProvider(SseTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String ticket = ((TicketAuthentication) authentication).ticket();
        try {
            return tickets.redeem(ticket)
                    .map(holder -> TicketAuthentication.authenticated(
                            holder.user(), AuthorityUtils.createAuthorityList(holder.authorities())))
                    .orElseThrow(() -> new BadCredentialsException("unknown, used or expired ticket"));
        } catch (DataAccessException e) {
            throw new AuthenticationServiceException("ticket store unavailable", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return TicketAuthentication.class.isAssignableFrom(authentication);
    }
}
