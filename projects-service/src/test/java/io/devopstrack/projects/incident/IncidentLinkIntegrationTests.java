package io.devopstrack.projects.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.support.Api;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An incident naming no deployment is linked to the last production deployment before its detection. */
class IncidentLinkIntegrationTests extends IncidentTestSupport {

    @Test
    void itIsLinkedToTheLastProductionDeploymentBeforeDetectionNotOneAfterNorAnotherEnvironment() {
        String before = deploy("prod").path("id").asString();
        Instant detectedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        pause();
        deploy("staging");
        deploy("prod");

        JsonNode incident =
                open("{\"environment\": \"prod\", \"title\": \"down\", \"detectedAt\": \"" + detectedAt + "\"}");

        assertThat(incident.path("deploymentId").asString()).isEqualTo(before);
        assertThat(incident.path("linkedBy").asString()).isEqualTo("AUTO");
    }

    @Test
    void aStagingDeploymentCloserInTimeIsNotPicked() {
        String prod = deploy("prod").path("id").asString();
        deploy("staging");

        JsonNode incident = open("{\"environment\": \"prod\", \"title\": \"down\"}");

        assertThat(incident.path("deploymentId").asString()).isEqualTo(prod);
    }

    @Test
    void hookDeploymentsCountAndProdAndProductionAreOneProduction() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String older = hookDeployment("production", now.minus(3, ChronoUnit.HOURS));
        String latest = hookDeployment("production", now.minus(2, ChronoUnit.HOURS));
        hookDeployment("production", now.minus(30, ChronoUnit.MINUTES));
        hookDeployment("staging", now.minus(90, ChronoUnit.MINUTES));

        JsonNode incident = open("{\"environment\": \"prod\", \"title\": \"down\", \"detectedAt\": \""
                + now.minus(1, ChronoUnit.HOURS) + "\"}");

        assertThat(incident.path("deploymentId").asString()).isEqualTo(latest).isNotEqualTo(older);
    }

    @Test
    void anIncidentOutsideProductionOrBeforeAnyDeploymentIsLinkedToNothing() {
        deploy("staging");
        JsonNode staging = open("{\"environment\": \"staging\", \"title\": \"flaky\"}");
        JsonNode early =
                open("{\"environment\": \"prod\", \"title\": \"old\", \"detectedAt\": \"2020-01-01T00:00:00Z\"}");

        assertThat(staging.path("deploymentId").isNull()).isTrue();
        assertThat(staging.path("linkedBy").isNull()).isTrue();
        assertThat(early.path("deploymentId").isNull()).isTrue();
    }

    @Test
    void aNamedDeploymentIsAManualLink() {
        String first = deploy("prod").path("id").asString();
        deploy("prod");

        JsonNode incident =
                open("{\"environment\": \"prod\", \"title\": \"down\", \"deploymentId\": \"" + first + "\"}");

        assertThat(incident.path("deploymentId").asString()).isEqualTo(first);
        assertThat(incident.path("linkedBy").asString()).isEqualTo("MANUAL");
    }

    @Test
    void aPersonCorrectsTheLinkOrRemovesIt() {
        String first = deploy("prod").path("id").asString();
        String second = deploy("prod").path("id").asString();
        JsonNode incident = open("{\"environment\": \"prod\", \"title\": \"down\"}");
        String incidentPath = path("/incidents/" + incident.path("id").asString());
        assertThat(incident.path("deploymentId").asString()).isEqualTo(second);

        Api.Response relinked = api.patch(incidentPath, maria, "{\"deploymentId\": \"" + first + "\"}");
        Api.Response unknown = api.patch(incidentPath, maria, "{\"deploymentId\": \"0123456789abcdef01234567\"}");
        Api.Response missing = api.patch(incidentPath, maria, "{}");
        Api.Response unlinked = api.patch(incidentPath, maria, "{\"deploymentId\": \"\"}");

        assertThat(relinked.status()).isEqualTo(200);
        assertThat(relinked.json().path("deploymentId").asString()).isEqualTo(first);
        assertThat(relinked.json().path("linkedBy").asString()).isEqualTo("MANUAL");
        assertThat(unknown.errorFields()).containsExactly("deploymentId");
        assertThat(missing.errorFields()).containsExactly("deploymentId");
        assertThat(unlinked.json().path("deploymentId").isNull()).isTrue();
        assertThat(unlinked.json().path("linkedBy").asString()).isEqualTo("MANUAL");
    }
}
