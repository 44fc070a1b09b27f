package io.devopstrack.projects.integration;

import jakarta.validation.constraints.NotNull;

public record CreateIntegrationRequest(@NotNull IntegrationKind kind) {}
