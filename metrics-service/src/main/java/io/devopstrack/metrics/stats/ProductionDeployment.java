package io.devopstrack.metrics.stats;

import java.time.Instant;

/** One finished production deployment as stored: its latest status and when that status was reached. */
record ProductionDeployment(String projectId, String deploymentId, String status, Instant time, long leadTimeMs) {

    boolean succeeded() {
        return status.equals("SUCCEEDED");
    }

    boolean failed() {
        return status.equals("FAILED") || status.equals("ROLLED_BACK");
    }
}
