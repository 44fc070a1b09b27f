package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.Stage;
import io.devopstrack.platform.problem.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} of a {@code POST /tasks}: a start sent again under the same key by the same user (a
 * client retrying a 503 or a timeout) answers the job the first one stored instead of creating a second. The key
 * decides the job's id, so the job store's create-if-absent is what makes it hold, with no state of its own; it
 * holds as long as the job is kept (TASKS_RETENTION).
 */
record IdempotencyKey(String value) {

    static final String HEADER = "Idempotency-Key";
    // Visible ASCII, as the header's draft standard (a string) and most clients' generated keys have it.
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,255}");

    IdempotencyKey {
        if (!VALID.matcher(value).matches()) {
            throw new InvalidInput(HEADER, "must be 1 to 255 visible ASCII characters");
        }
    }

    /** The key of a request, or null when it has none. */
    static IdempotencyKey of(String header) {
        return header == null ? null : new IdempotencyKey(header);
    }

    /** The id of the job this user starts under this key. */
    String jobId(String user) {
        return UUID.nameUUIDFromBytes(("tasks:" + user + "\n" + value).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** The job stored under this key, when {@code requested} asks for the same start; else the key was reused. */
    Job replay(Job stored, Job requested) {
        boolean same = stored.projectId().equals(requested.projectId())
                && stored.ref().equals(requested.ref())
                && stored.stages().stream()
                        .map(Stage::name)
                        .toList()
                        .equals(requested.stages().stream().map(Stage::name).toList());
        if (!same) {
            throw new IdempotencyKeyReused(this);
        }
        return stored;
    }
}
