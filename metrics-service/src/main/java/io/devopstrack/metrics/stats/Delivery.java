package io.devopstrack.metrics.stats;

/**
 * The four keys over production deployments in the range (definitions in docs/metrics-service.md).
 * {@code deploymentFrequencyPerDay} is 0 when nothing was deployed; the others are null without data.
 */
public record Delivery(
        double deploymentFrequencyPerDay, Double leadTimeHours, Double changeFailureRate, Double timeToRestoreHours) {}
