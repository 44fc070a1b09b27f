package io.devopstrack.tasks.events;

import io.devopstrack.jobs.redis.RedisKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Single-use tickets that let an EventSource (which cannot send headers) open the event stream. A ticket
 * is kept in Redis so that any replica accepts it, and is deleted by the read that uses it.
 */
@Component
public record SseTickets(StringRedisTemplate redis, RedisKeys keys, JsonMapper json) {

    public static final Duration TTL = Duration.ofSeconds(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    public record Holder(String user, List<String> authorities) {}

    public String issue(Holder holder) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        redis.opsForValue().set(keys.sseTicket(ticket), json.writeValueAsString(holder), TTL);
        return ticket;
    }

    /** The ticket's holder, if the ticket is valid; the ticket is used up either way. */
    public Optional<Holder> redeem(String ticket) {
        if (ticket.length() > 64) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.opsForValue().getAndDelete(keys.sseTicket(ticket)))
                .map(document -> json.readValue(document, Holder.class));
    }
}
