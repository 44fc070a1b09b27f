package io.devopstrack.events;

import java.time.Instant;

/**
 * How far a run or a stage got, as its CI system reported it: a job status name (or SKIPPED for a stage), when it
 * started and finished (null when not yet or not said), and {@code updatedAt}, the source's own time of this report,
 * which orders the reports of one run or stage.
 */
public record Progress(String status, Instant startedAt, Instant finishedAt, Instant updatedAt) {}
