package io.devopstrack.projects.incident;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The deployment the incident is due to, as a person says; {@code ""} says it is due to no deployment. */
public record RelinkIncidentRequest(@NotNull @Size(max = 24) String deploymentId) {}
