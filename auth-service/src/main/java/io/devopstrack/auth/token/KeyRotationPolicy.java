package io.devopstrack.auth.token;

import io.devopstrack.auth.config.AuthProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * When the key ring moves on (docs/auth-service.md, "Signing keys"): a NEXT key once the active one is older than
 * the maximum age; NEXT becomes ACTIVE two reload intervals after it was published, so that every replica (and
 * every resource server refreshing its JWK Set) knows it when the first token it signed arrives; a PUBLISHED key is
 * retired once no token it signed can still be alive.
 */
@Component
class KeyRotationPolicy {

    enum Step {
        /** No key at all: the first one signs at once (no token can exist yet). */
        CREATE_FIRST_KEY,
        /** No active key but a NEXT one: it signs at once. */
        ACTIVATE_NEXT,
        /** The active key is too old: publish its successor. */
        PUBLISH_NEXT,
        /** The successor has been published long enough: it signs, the old key stays published. */
        ROTATE,
        NOTHING;

        boolean isFirstStart() {
            return this == CREATE_FIRST_KEY || this == ACTIVATE_NEXT;
        }
    }

    private final Clock clock;
    private final Duration maxAge;
    private final Duration reloadInterval;
    private final Duration accessTokenTtl;

    KeyRotationPolicy(Clock clock, AuthProperties properties) {
        this.clock = clock;
        this.maxAge = properties.keys().maxAge();
        this.reloadInterval = properties.keys().reloadInterval();
        this.accessTokenTtl = properties.jwt().accessTokenTtl();
    }

    /** Now, at the precision PostgreSQL stores. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * @param active the ACTIVE key, null when there is none
     * @param next   the NEXT key, null when there is none
     */
    Step next(SigningKey active, SigningKey next, Instant now) {
        if (active == null) {
            return next == null ? Step.CREATE_FIRST_KEY : Step.ACTIVATE_NEXT;
        }
        if (next == null) {
            return active.createdAt().plus(maxAge).isBefore(now) ? Step.PUBLISH_NEXT : Step.NOTHING;
        }
        return next.statusChangedAt().plus(reloadInterval.multipliedBy(2)).isBefore(now) ? Step.ROTATE : Step.NOTHING;
    }

    /** A PUBLISHED key that stopped signing before this instant can no longer have signed a live token. */
    Instant noLiveTokenBefore(Instant now) {
        return now.minus(accessTokenTtl).minus(reloadInterval).minusSeconds(60);
    }
}
