package io.devopstrack.tasks.job;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** An Idempotency-Key sent again with another start (project, ref or stages): 422, nothing created. */
public class IdempotencyKeyReused extends ApiException {

    IdempotencyKeyReused(IdempotencyKey key) {
        super(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "Idempotency-Key reused",
                "Idempotency-Key " + key.value() + " was used for another job start: use a new key for a new job.");
    }
}
