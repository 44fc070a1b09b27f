package io.devopstrack.metrics.stats;

import java.time.Instant;

/** Jobs that finished in [time, time + interval), by status. */
public record BuildBucket(Instant time, long succeeded, long failed, long cancelled) {}
