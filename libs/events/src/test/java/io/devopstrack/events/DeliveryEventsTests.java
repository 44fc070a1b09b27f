package io.devopstrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployment and incident entries as projects-service writes them and metrics-service reads them back. */
class DeliveryEventsTests {

    private static final Instant COMMITTED = Instant.parse("2026-11-25T15:00:00Z");
    private static final Instant DEPLOYED = Instant.parse("2026-11-25T16:20:00.123Z");

    @Test
    void aDeploymentRecordedThroughTheApiHasNoSourceField() {
        DeploymentEvent event =
                new DeploymentEvent("d1", "p1", "1.4.0", "abc123", COMMITTED, "prod", "SUCCEEDED", DEPLOYED, null);

        assertThat(event.fields())
                .containsExactly(
                        Map.entry("deploymentId", "d1"),
                        Map.entry("projectId", "p1"),
                        Map.entry("version", "1.4.0"),
                        Map.entry("commit", "abc123"),
                        Map.entry("committedAt", "2026-11-25T15:00:00Z"),
                        Map.entry("environment", "prod"),
                        Map.entry("status", "SUCCEEDED"),
                        Map.entry("deployedAt", "2026-11-25T16:20:00.123Z"));
        assertThat(DeploymentEvent.from(event.fields()))
                .isEqualTo(new DeploymentEvent(
                        "d1", "p1", "1.4.0", "abc123", COMMITTED, "prod", "SUCCEEDED", DEPLOYED, ""));
    }

    @Test
    void aHookDeploymentWithoutVersionOrCommitIsReadBackAsWritten() {
        DeploymentEvent event =
                new DeploymentEvent("d2", "p1", null, null, DEPLOYED, "staging", "FAILED", DEPLOYED, "gitlab");

        assertThat(event.fields()).containsEntry("version", "").containsEntry("source", "gitlab");
        assertThat(DeploymentEvent.from(event.fields()))
                .isEqualTo(new DeploymentEvent("d2", "p1", "", "", DEPLOYED, "staging", "FAILED", DEPLOYED, "gitlab"));
    }

    @Test
    void anOpenIncidentWritesEmptyFieldsForWhatIsNotKnownAndReadsBackTheSame() {
        IncidentEvent open =
                new IncidentEvent("i1", "p1", "prod", "down", "OPEN", DEPLOYED, null, null, null, "manual", null, 1);

        assertThat(open.fields())
                .containsEntry("resolvedAt", "")
                .containsEntry("deploymentId", "")
                .containsEntry("linkedBy", "")
                .containsEntry("externalId", "")
                .containsEntry("revision", "1");
        assertThat(IncidentEvent.from(open.fields()))
                .isEqualTo(
                        new IncidentEvent("i1", "p1", "prod", "down", "OPEN", DEPLOYED, null, "", "", "manual", "", 1));
    }

    @Test
    void aResolvedIncidentWithoutItsResolutionTimeIsInvalid() {
        Map<String, String> fields = new IncidentEvent(
                        "i1", "p1", "prod", "down", "RESOLVED", DEPLOYED, null, "d1", "AUTO", "manual", "i1", 2)
                .fields();

        assertThatThrownBy(() -> IncidentEvent.from(fields))
                .isInstanceOf(InvalidEvent.class)
                .hasMessage("a RESOLVED incident needs resolvedAt");
    }
}
