package io.devopstrack.metrics.stats;

import java.time.Instant;

/** A succeeded or failed job run as stored, with what identifies the change it ran. */
record JobRun(String projectId, String pipeline, String commit, boolean succeeded, Instant finishedAt) {}
