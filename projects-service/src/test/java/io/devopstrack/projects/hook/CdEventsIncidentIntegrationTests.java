package io.devopstrack.projects.hook;

import static io.devopstrack.projects.hook.HookClient.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.incident.Incident;
import io.devopstrack.projects.incident.IncidentStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CDEvents incident.detected and incident.resolved (spec 0.4 and 0.3) on the CDEvents hook. */
class CdEventsIncidentIntegrationTests extends IncidentHookTestSupport {

    private Created cdevents;

    @BeforeEach
    void cdeventsIntegration() {
        cdevents = integration("cdevents");
    }

    @Test
    void incidentDetectedOpensAndIncidentResolvedResolvesIt() {
        HookClient.Answer detected = send("d-1", "dev.cdevents.incident.detected.0.2.0", "incident_detected.0.4.json");
        relay.relay();
        assertThat(detected.outcome()).isEqualTo("ACCEPTED");
        assertThat(mongo.findAll(Incident.class)).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(IncidentStatus.OPEN);
            assertThat(i.source()).isEqualTo("cdevents");
            assertThat(i.externalId()).isEqualTo("incident-123");
            assertThat(i.environment()).isEqualTo("prod");
            assertThat(i.title()).isEqualTo("Response time above threshold of 100ms");
            assertThat(i.detectedAt()).hasToString("2026-03-01T10:00:00Z");
        });

        send("r-1", "dev.cdevents.incident.resolved.0.2.0", "incident_resolved.0.4.json");
        relay.relay();

        assertThat(mongo.findAll(Incident.class)).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(i.resolvedAt()).hasToString("2026-03-01T11:30:00Z");
        });
    }

    @Test
    void spec03EventsWorkTheSameWay() {
        send("d-3", "dev.cdevents.incident.detected.0.1.0", "incident_detected.0.3.json");
        send("r-3", "dev.cdevents.incident.resolved.0.1.0", "incident_resolved.0.3.json");
        relay.relay();

        assertThat(mongo.findAll(Incident.class)).singleElement().satisfies(i -> {
            assertThat(i.environment()).isEqualTo("production");
            assertThat(i.detectedAt()).hasToString("2026-03-02T08:00:00Z");
            assertThat(i.resolvedAt()).hasToString("2026-03-02T08:20:00Z");
        });
    }

    @Test
    void aResolutionOfAnIncidentNeverDetectedRecordsNothing() {
        send("r-1", "dev.cdevents.incident.resolved.0.2.0", "incident_resolved.0.4.json");
        relay.relay();

        assertThat(mongo.findAll(Incident.class)).isEmpty();
    }

    private HookClient.Answer send(String id, String type, String file) {
        return hooks.cdevent(
                cdevents.id(), cdevents.secret(), "/monitoring/prod1", id, type, fixture("cdevents/" + file));
    }
}
