package io.devopstrack.projects.ingest;

import io.devopstrack.projects.deployment.DeploymentStatus;
import java.util.Locale;

/**
 * The status mapping of DESIGN.md, plus the cases it leaves to docs/contracts.md: skipped → SKIPPED for a stage,
 * CANCELLED for a run (it did not run); neutral → SUCCEEDED (GitHub: "not a failure"); stale → CANCELLED (GitHub
 * gave up on it); action_required and manual → QUEUED (waiting for a person, not over). Unknown → null (ignored).
 */
public final class Statuses {

    private Statuses() {}

    /** A run's status from its state word and, once completed, its conclusion (GitHub) or the state alone. */
    public static String run(String status, String conclusion) {
        String stage = stage(status, conclusion);
        return "SKIPPED".equals(stage) ? "CANCELLED" : stage;
    }

    public static String stage(String status, String conclusion) {
        String word = conclusion != null && !conclusion.isBlank() ? conclusion : status;
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "queued",
                    "requested",
                    "waiting",
                    "pending",
                    "created",
                    "waiting_for_resource",
                    "preparing",
                    "scheduled",
                    "action_required",
                    "manual" -> "QUEUED";
            case "in_progress", "running", "started" -> "RUNNING";
            case "success", "neutral" -> "SUCCEEDED";
            case "failure", "timed_out", "startup_failure", "failed", "error" -> "FAILED";
            case "cancelled", "canceled", "canceling", "stale" -> "CANCELLED";
            case "skipped" -> "SKIPPED";
            // GitHub sends "completed" with the conclusion; a completed run without one is taken as succeeded
            case "completed" -> "SUCCEEDED";
            default -> null;
        };
    }

    /** Null for states that record no deployment (GitHub {@code inactive}, GitLab {@code canceled}). */
    public static DeploymentStatus deployment(String state) {
        if (state == null) {
            return null;
        }
        return switch (state.toLowerCase(Locale.ROOT)) {
            case "queued", "pending", "in_progress", "created", "running" -> DeploymentStatus.IN_PROGRESS;
            case "success" -> DeploymentStatus.SUCCEEDED;
            case "failure", "error", "failed" -> DeploymentStatus.FAILED;
            default -> null;
        };
    }
}
