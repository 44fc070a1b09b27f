package io.devopstrack.auth.token;

import io.devopstrack.auth.token.KeyRotationPolicy.Step;
import io.devopstrack.auth.token.SigningKey.Status;
import io.devopstrack.platform.crypto.RsaKeyPairs;
import jakarta.annotation.PostConstruct;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Advances the rotation of the key ring at start and every reload interval, under the advisory lock, then reloads
 * this replica's {@link SigningKeys} to pick up what it or another replica changed.
 */
@Component
public record KeyRotation(
        SigningKeyRepository repository,
        KeyRotationPolicy policy,
        SigningKeys signingKeys,
        TransactionTemplate transactions) {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    @PostConstruct
    void start() {
        maintain();
    }

    @Scheduled(
            initialDelayString = "${devopstrack.auth.keys.reload-interval}",
            fixedDelayString = "${devopstrack.auth.keys.reload-interval}")
    public void maintain() {
        transactions.executeWithoutResult(status -> {
            repository.lock();
            advance(policy.now());
        });
        signingKeys.reload();
    }

    /** Replaces the active key at once (e.g. after a suspected leak); the old one stays published. */
    public void rotateNow() {
        transactions.executeWithoutResult(status -> {
            repository.lock();
            Instant now = policy.now();
            repository.retireNext(now);
            repository.setStatus(Status.ACTIVE, Status.PUBLISHED, now);
            repository.insert(RsaKeyPairs.generate(), Status.ACTIVE, now);
        });
        signingKeys.reload();
    }

    private void advance(Instant now) {
        Step step = policy.next(
                repository.find(Status.ACTIVE).orElse(null),
                repository.find(Status.NEXT).orElse(null),
                now);
        switch (step) {
            case CREATE_FIRST_KEY -> {
                repository.insert(RsaKeyPairs.generate(), Status.ACTIVE, now);
                log.info("Created the first token signing key");
            }
            case ACTIVATE_NEXT -> repository.setStatus(Status.NEXT, Status.ACTIVE, now);
            case PUBLISH_NEXT -> repository.insert(RsaKeyPairs.generate(), Status.NEXT, now);
            case ROTATE -> {
                repository.setStatus(Status.ACTIVE, Status.PUBLISHED, now);
                repository.setStatus(Status.NEXT, Status.ACTIVE, now);
                log.info("Rotated the token signing key");
            }
            case NOTHING -> {}
        }
        if (!step.isFirstStart()) {
            repository.retirePublishedBefore(policy.noLiveTokenBefore(now), now);
        }
    }
}
