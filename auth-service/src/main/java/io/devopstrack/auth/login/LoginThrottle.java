package io.devopstrack.auth.login;

import io.devopstrack.auth.config.AuthProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name and per client address in fixed windows (10 per minute by default); once a
 * key reaches its limit, every login for it is refused until its window ends. In memory, per replica: with N
 * replicas an attacker gets at most N times the limit, which still defeats online guessing.
 */
@Component
public class LoginThrottle {

    private record Window(Instant start, int failures) {}

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AuthProperties.Login settings;

    LoginThrottle(Clock clock, AuthProperties properties) {
        this.clock = clock;
        this.settings = properties.login();
    }

    /** @throws LoginThrottled when the user name or the address has used up its failures */
    public void check(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> wait = blockedFor(userKey(username), settings.maxFailuresPerUsername(), now)
                .or(() -> blockedFor(addressKey(address), settings.maxFailuresPerAddress(), now));
        if (wait.isPresent()) {
            throw new LoginThrottled(wait.get());
        }
    }

    public void recordFailure(String username, String address) {
        Instant now = clock.instant();
        count(userKey(username), now);
        count(addressKey(address), now);
    }

    /** Only the user name is forgiven: one good account must not reset the counter of an address. */
    public void recordSuccess(String username) {
        windows.remove(userKey(username));
    }

    @Scheduled(fixedDelayString = "PT1M")
    void forgetEndedWindows() {
        Instant now = clock.instant();
        windows.values().removeIf(window -> ended(window, now));
    }

    private Optional<Duration> blockedFor(String key, int limit, Instant now) {
        Window window = windows.get(key);
        if (window == null || ended(window, now) || window.failures() < limit) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, window.start().plus(settings.window())));
    }

    private void count(String key, Instant now) {
        windows.compute(
                key,
                (k, window) -> window == null || ended(window, now)
                        ? new Window(now, 1)
                        : new Window(window.start(), window.failures() + 1));
    }

    private boolean ended(Window window, Instant now) {
        return !now.isBefore(window.start().plus(settings.window()));
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
