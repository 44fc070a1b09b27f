package io.devopstrack.projects.integration;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How one of a project's CI/CD systems reaches DevOpsTrack. {@code sealedSecret} is the secret encrypted by
 * {@link SecretBox} (AES-GCM); the plain secret is only ever in the answers to creation and rotation.
 */
@Document(Integration.COLLECTION)
public record Integration(
        @Id String id,
        @Indexed(name = "projectId") String projectId,
        IntegrationKind kind,
        String sealedSecret,
        Instant createdAt,
        Instant lastDeliveryAt,
        DeliveryCounts counts) {

    public static final String COLLECTION = "integrations";

    public Integration {
        counts = counts == null ? DeliveryCounts.NONE : counts;
    }
}
