package io.devopstrack.projects.deployment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record RecordDeploymentRequest(
        @NotBlank @Size(max = 40) String environment,
        @NotNull DeploymentStatus status) {}
