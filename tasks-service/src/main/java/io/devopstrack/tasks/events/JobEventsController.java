package io.devopstrack.tasks.events;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/tasks/events")
public record JobEventsController(SseTickets tickets, JobEventBroadcaster broadcaster) {

    public record TicketResponse(String ticket, long expiresIn) {}

    @PostMapping("/tickets")
    @ResponseStatus(HttpStatus.CREATED)
    public TicketResponse ticket(Authentication caller) {
        var authorities = caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .toList();
        String ticket = tickets.issue(new SseTickets.Holder(caller.getName(), authorities));
        return new TicketResponse(ticket, SseTickets.TTL.toSeconds());
    }

    /** One {@code job} event per job change; open with {@code ?ticket=} (browsers) or a Bearer token. */
    @GetMapping(produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events() {
        return broadcaster.open();
    }
}
