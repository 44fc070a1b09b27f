package io.devopstrack.projects.ingest;

import java.time.Instant;

/** A commit's time, learnt from any event that carries it. */
public record CommitSeen(String sha, Instant committedAt) implements NormalizedEvent {}
