package io.devopstrack.metrics.stats;

import java.time.Instant;

/** A commit whose runs of one pipeline both succeeded and failed in the range; {@code runs} = succeeded + failed. */
public record FlakyCommit(
        String projectId, String pipeline, String commit, long runs, long succeeded, long failed, Instant lastSeenAt) {}
