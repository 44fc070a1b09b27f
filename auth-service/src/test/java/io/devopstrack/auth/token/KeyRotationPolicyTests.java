package io.devopstrack.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.auth.config.AuthProperties;
import io.devopstrack.auth.token.KeyRotationPolicy.Step;
import io.devopstrack.auth.token.SigningKey.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class KeyRotationPolicyTests {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123456789Z");
    private static final Duration MAX_AGE = Duration.ofDays(90);
    private static final Duration RELOAD = Duration.ofMinutes(1);
    private static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(15);

    private final KeyRotationPolicy policy = new KeyRotationPolicy(
            Clock.fixed(NOW, ZoneOffset.UTC),
            new AuthProperties(
                    new AuthProperties.Jwt("iss", "aud", ACCESS_TOKEN_TTL),
                    null,
                    null,
                    null,
                    null,
                    new AuthProperties.Keys("", MAX_AGE, RELOAD)));

    @Test
    void nowIsTheClocksInstantAtMicrosecondPrecision() {
        assertThat(policy.now()).isEqualTo(Instant.parse("2025-06-01T12:00:00.123456Z"));
    }

    @Test
    void withoutAnyKeyTheFirstOneIsCreatedAndSignsAtOnce() {
        assertThat(policy.next(null, null, NOW)).isEqualTo(Step.CREATE_FIRST_KEY);
    }

    @Test
    void withoutAnActiveKeyTheNextOneSignsAtOnce() {
        assertThat(policy.next(null, key(Status.NEXT, NOW, NOW), NOW)).isEqualTo(Step.ACTIVATE_NEXT);
    }

    @Test
    void anActiveKeyYoungerThanTheMaximumAgeIsKept() {
        SigningKey active = key(Status.ACTIVE, NOW.minus(MAX_AGE), NOW.minus(MAX_AGE));

        assertThat(policy.next(active, null, NOW)).isEqualTo(Step.NOTHING);
    }

    @Test
    void anActiveKeyOlderThanTheMaximumAgeGetsItsSuccessorPublished() {
        SigningKey active = key(Status.ACTIVE, NOW.minus(MAX_AGE).minusMillis(1), NOW.minus(MAX_AGE));

        assertThat(policy.next(active, null, NOW)).isEqualTo(Step.PUBLISH_NEXT);
    }

    @Test
    void thePublishedSuccessorSignsOnlyAfterTwoReloadIntervals() {
        SigningKey active = key(Status.ACTIVE, NOW.minus(Duration.ofDays(91)), NOW.minus(Duration.ofDays(91)));
        SigningKey publishedTwoIntervalsAgo =
                key(Status.NEXT, NOW.minus(RELOAD.multipliedBy(2)), NOW.minus(RELOAD.multipliedBy(2)));
        SigningKey publishedEarlier = key(
                Status.NEXT,
                NOW.minus(RELOAD.multipliedBy(2)).minusMillis(1),
                NOW.minus(RELOAD.multipliedBy(2)).minusMillis(1));

        assertThat(policy.next(active, publishedTwoIntervalsAgo, NOW)).isEqualTo(Step.NOTHING);
        assertThat(policy.next(active, publishedEarlier, NOW)).isEqualTo(Step.ROTATE);
    }

    @Test
    void onlyTheFirstStartStepsLeavePublishedKeysAlone() {
        assertThat(Step.CREATE_FIRST_KEY.isFirstStart()).isTrue();
        assertThat(Step.ACTIVATE_NEXT.isFirstStart()).isTrue();
        assertThat(Step.PUBLISH_NEXT.isFirstStart()).isFalse();
        assertThat(Step.ROTATE.isFirstStart()).isFalse();
        assertThat(Step.NOTHING.isFirstStart()).isFalse();
    }

    @Test
    void noTokenOfARetiringKeyCanBeAliveAfterTokenLifetimePlusReloadIntervalPlusAMinute() {
        assertThat(policy.noLiveTokenBefore(NOW)).isEqualTo(NOW.minus(Duration.ofMinutes(15 + 1 + 1)));
    }

    private static SigningKey key(Status status, Instant createdAt, Instant statusChangedAt) {
        return new SigningKey("kid-" + status, status, null, null, createdAt, statusChangedAt);
    }
}
