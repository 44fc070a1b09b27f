package io.devopstrack.metrics.stats;

import java.time.Instant;

/**
 * One finished production deployment as stored: its latest status and when that status was reached ({@code time}),
 * and when it was first reported finished ({@code firstAt}, what linking an incident by time compares with).
 */
record ProductionDeployment(
        String projectId,
        String deploymentId,
        String environment,
        String status,
        Instant time,
        Instant firstAt,
        long leadTimeMs,
        String commit,
        String version) {

    boolean succeeded() {
        return status.equals("SUCCEEDED");
    }

    boolean failed() {
        return status.equals("FAILED") || status.equals("ROLLED_BACK");
    }

    /** The same deployment reported again: the latest status wins, the first report time is kept. */
    ProductionDeployment merge(ProductionDeployment other) {
        ProductionDeployment latest = other.time.isAfter(time) ? other : this;
        Instant first = other.firstAt.isBefore(firstAt) ? other.firstAt : firstAt;
        return new ProductionDeployment(
                projectId,
                deploymentId,
                latest.environment,
                latest.status,
                latest.time,
                first,
                latest.leadTimeMs,
                latest.commit,
                latest.version);
    }
}
