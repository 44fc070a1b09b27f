package io.devopstrack.projects.incident;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code detectedAt} defaults to now; without {@code deploymentId} the incident is linked by time. */
public record CreateIncidentRequest(
        @NotBlank @Size(max = 40) String environment,
        @NotBlank @Size(max = 200) String title,
        Instant detectedAt,
        @Size(max = 24) String deploymentId) {}
