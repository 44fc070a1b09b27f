package io.devopstrack.metrics.stats;

import java.time.Instant;
import java.util.List;

/**
 * A production deployment of the range, as the drill-down lists it: its latest status at {@code deployedAt} (the
 * time of that status) and the incidents linked to it.
 */
public record DeliveryDeployment(
        String deploymentId,
        String projectId,
        String environment,
        String commit,
        String version,
        String status,
        Instant deployedAt,
        double leadTimeHours,
        List<String> incidentIds) {

    boolean succeeded() {
        return status.equals("SUCCEEDED");
    }

    /** What the change failure rate counts: failed, rolled back, or linked to an incident. */
    boolean failedChange() {
        return !succeeded() || !incidentIds.isEmpty();
    }
}
