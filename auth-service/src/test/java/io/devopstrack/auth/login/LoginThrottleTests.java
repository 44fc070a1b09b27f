package io.devopstrack.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopstrack.auth.config.AuthProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(
            clock,
            new AuthProperties(null, null, null, null, new AuthProperties.Login(3, 5, Duration.ofMinutes(1)), null));

    @Test
    void userNameIsBlockedOnceItReachesItsLimitUntilTheWindowEnds() {
        failTimes(3, "alice", "10.0.0.1");
        clock.advance(Duration.ofSeconds(20));

        assertThatThrownBy(() -> throttle.check("ALICE", "10.0.0.2"))
                .isInstanceOfSatisfying(
                        LoginThrottled.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(40));

        clock.advance(Duration.ofSeconds(40));
        assertThatCode(() -> throttle.check("alice", "10.0.0.2")).doesNotThrowAnyException();
    }

    @Test
    void addressIsBlockedAcrossUserNames() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }

        assertThatThrownBy(() -> throttle.check("someone-else", "10.0.0.9")).isInstanceOf(LoginThrottled.class);
        assertThatCode(() -> throttle.check("someone-else", "10.0.0.10")).doesNotThrowAnyException();
    }

    @Test
    void successForgivesTheUserNameButNotTheAddress() {
        failTimes(2, "bob", "10.0.0.3");
        throttle.recordFailure("carol", "10.0.0.3");
        throttle.recordFailure("dave", "10.0.0.3");

        throttle.recordSuccess("bob");
        throttle.recordFailure("bob", "10.0.0.3");

        assertThatCode(() -> throttle.check("bob", "10.0.0.4")).doesNotThrowAnyException();
        assertThatThrownBy(() -> throttle.check("erin", "10.0.0.3")).isInstanceOf(LoginThrottled.class);
    }

    private void failTimes(int times, String username, String address) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username, address);
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
