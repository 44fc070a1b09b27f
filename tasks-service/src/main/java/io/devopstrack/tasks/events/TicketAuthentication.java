package io.devopstrack.tasks.events;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/** A request to the event stream carrying {@code ?ticket=}; authenticated once the ticket is redeemed. */
public class TicketAuthentication extends AbstractAuthenticationToken {

    private final String ticket;
    private final String user;

    private TicketAuthentication(String ticket, String user, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.ticket = ticket;
        this.user = user;
        setAuthenticated(user != null);
    }

    static TicketAuthentication unauthenticated(String ticket) {
        return new TicketAuthentication(ticket, null, java.util.List.of());
    }

    static TicketAuthentication authenticated(String user, Collection<? extends GrantedAuthority> authorities) {
        return new TicketAuthentication(null, user, authorities);
    }

    String ticket() {
        return ticket;
    }

    @Override
    public Object getCredentials() {
        return ticket;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
