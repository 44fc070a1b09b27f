package io.devopstrack.projects.integration;

import java.time.Instant;

/** The answer to creation and rotation: the only two places where the plain secret is shown. */
public record IntegrationSecretResponse(
        String id, IntegrationKind kind, String hookPath, String secret, Instant createdAt) {

    static IntegrationSecretResponse of(Integration integration, String secret) {
        return new IntegrationSecretResponse(
                integration.id(),
                integration.kind(),
                integration.kind().hookPath(integration.id()),
                secret,
                integration.createdAt());
    }
}
