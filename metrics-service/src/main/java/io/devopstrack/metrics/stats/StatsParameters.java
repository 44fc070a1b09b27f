package io.devopstrack.metrics.stats;

/**
 * The query parameters every statistics endpoint takes: {@code projectId}, {@code tag} (the projects carrying it;
 * with {@code projectId}, their intersection), {@code from} and {@code to} (ISO-8601 UTC, the range [from, to), 7 days
 * before now by default). Checked by {@link StatsFilters}.
 */
public record StatsParameters(String projectId, String tag, String from, String to) {}
