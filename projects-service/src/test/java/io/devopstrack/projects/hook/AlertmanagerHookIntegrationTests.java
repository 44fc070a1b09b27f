package io.devopstrack.projects.hook;

import static io.devopstrack.projects.hook.HookClient.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.incident.Incident;
import io.devopstrack.projects.incident.IncidentStatus;
import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.DeliveryOutcome;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;

/** Alertmanager webhook_config notifications (payload version 4) through the hook, then the delivery relay. */
class AlertmanagerHookIntegrationTests extends IncidentHookTestSupport {

    private static final String STARTS = "2026-03-01T10:00:00Z";
    private static final String ENDS = "2026-03-01T10:42:00Z";
    private static final String NEVER = "0001-01-01T00:00:00Z";
    private static final String A_FIRING = alert("firing", "fp1", "A", "prod", null, NEVER);
    private static final String B_FIRING = alert("firing", "fp2", "B", "prod", null, NEVER);
    private static final String A_RESOLVED = alert("resolved", "fp1", "A", "prod", null, ENDS);

    private Created alertmanager;

    @BeforeEach
    void alertmanagerIntegration() {
        alertmanager = integration("alertmanager");
    }

    @Test
    void aGroupedNotificationOfTwoAlertsOpensTwoIncidents() {
        HookClient.Answer answer = notifyAndRelay(notification(
                "firing",
                alert("firing", "fp1", "HighErrorRate", "prod", "5xx above 5%", NEVER),
                alert("firing", "fp2", "ServiceDown", null, null, NEVER)));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.outcome()).isEqualTo("ACCEPTED");
        assertThat(answer.deliveryId()).isEqualTo("{}:{alertname=\"x\"} fp1:firing fp2:firing");
        List<Incident> incidents = incidents();
        assertThat(incidents).extracting(Incident::externalId).containsExactly("fp1", "fp2");
        assertThat(incidents.get(0)).satisfies(i -> {
            assertThat(i.environment()).isEqualTo("prod");
            assertThat(i.title()).isEqualTo("HighErrorRate: 5xx above 5%");
            assertThat(i.status()).isEqualTo(IncidentStatus.OPEN);
            assertThat(i.source()).isEqualTo("alertmanager");
            assertThat(i.detectedAt()).hasToString(STARTS);
        });
        assertThat(incidents.get(1).environment()).isEqualTo("production");
        assertThat(incidents.get(1).title()).isEqualTo("ServiceDown");
    }

    @Test
    void theSameNotificationAgainIsADuplicateAndChangesNothing() {
        byte[] firing = notification("firing", A_FIRING, B_FIRING);
        notifyAndRelay(firing);

        HookClient.Answer again = notifyAndRelay(firing);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.outcome()).isEqualTo("DUPLICATE");
        assertTwoIncidentsAtTheirFirstRevision();
    }

    @Test
    void aGroupThatGrowsRepeatsItsOpenAlertWithoutAChange() {
        notifyAndRelay(notification("firing", A_FIRING));

        notifyAndRelay(notification("firing", A_FIRING, B_FIRING));

        assertTwoIncidentsAtTheirFirstRevision();
    }

    @Test
    void aResolvedNotificationResolvesTheIncidentAtEndsAt() {
        notifyAndRelay(notification("firing", A_FIRING));

        HookClient.Answer resolved = notifyAndRelay(notification("resolved", A_RESOLVED));
        notifyAndRelay(notification("resolved", A_RESOLVED));

        assertThat(resolved.status()).isEqualTo(202);
        assertThat(incidents()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(i.resolvedAt()).hasToString(ENDS);
            assertThat(i.revision()).isEqualTo(2);
        });
    }

    @Test
    void aWrongTokenIs401AndABodyThatIsNoNotification400() {
        HookClient.Answer wrong = notify(alertmanager.secret() + "x", notification("firing", A_FIRING));
        HookClient.Answer noAlerts = notify(alertmanager.secret(), utf8("{\"version\": \"4\"}"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(noAlerts.status()).isEqualTo(400);
        assertThat(deliveries(alertmanager.id())).extracting(Delivery::outcome).containsOnly(DeliveryOutcome.REJECTED);
        assertThat(incidents()).isEmpty();
    }

    private HookClient.Answer notify(String secret, byte[] body) {
        return hooks.bearer("alertmanager", alertmanager.id(), secret, "application/json", body);
    }

    /** A notification with the integration's token, then one pass of the delivery relay. */
    private HookClient.Answer notifyAndRelay(byte[] body) {
        HookClient.Answer answer = notify(alertmanager.secret(), body);
        relay.relay();
        return answer;
    }

    /** Alerts A and B each opened one incident, which nothing has changed since. */
    private void assertTwoIncidentsAtTheirFirstRevision() {
        assertThat(incidents())
                .hasSize(2)
                .allSatisfy(i -> assertThat(i.revision()).isEqualTo(1));
    }

    private List<Incident> incidents() {
        return mongo.find(new Query().with(Sort.by("externalId")), Incident.class);
    }

    /** Alertmanager's webhook payload, version 4. */
    static byte[] notification(String status, String... alerts) {
        return utf8("""
                {"version": "4", "groupKey": "{}:{alertname=\\"x\\"}", "truncatedAlerts": 0, "status": "%s",
                 "receiver": "devopstrack", "groupLabels": {}, "commonLabels": {}, "commonAnnotations": {},
                 "externalURL": "http://alertmanager:9093", "alerts": [%s]}""".formatted(status, String.join(",", alerts)));
    }

    static String alert(
            String status, String fingerprint, String name, String environment, String summary, String endsAt) {
        return """
                {"status": "%s", "labels": {"alertname": "%s"%s}, "annotations": {%s},
                 "startsAt": "%s", "endsAt": "%s", "generatorURL": "http://prometheus:9090/graph", "fingerprint": "%s"}""".formatted(
                        status,
                        name,
                        environment == null ? "" : ", \"environment\": \"" + environment + "\"",
                        summary == null ? "" : "\"summary\": \"" + summary + "\"",
                        STARTS,
                        endsAt,
                        fingerprint);
    }
}
