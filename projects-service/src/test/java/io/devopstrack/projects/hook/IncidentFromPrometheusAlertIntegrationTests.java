package io.devopstrack.projects.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.incident.Incident;
import io.devopstrack.projects.incident.IncidentStatus;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The real chain: a Prometheus rule fires, a real Alertmanager notifies this service's hook, an incident opens with
 * environment and title from the alert; the rule stops firing and the incident is resolved. Needs Debian's
 * prometheus and prometheus-alertmanager (make test installs them through deploy/local/alertmanager.sh install).
 */
class IncidentFromPrometheusAlertIntegrationTests extends IncidentHookTestSupport {

    @Test
    void aFiringRuleOpensAnIncidentAndItsEndResolvesIt() throws Exception {
        Created alertmanager = integration("alertmanager");
        String hook = "http://127.0.0.1:" + port + "/hooks/alertmanager/" + alertmanager.id();
        try (PrivateAlerting alerting = new PrivateAlerting().start(hook, alertmanager.secret())) {
            alerting.broken(true);

            Incident opened = awaitIncident(IncidentStatus.OPEN, alerting);
            assertThat(opened.environment()).isEqualTo("prod");
            assertThat(opened.title()).isEqualTo("TestTargetBroken: the test target is broken");
            assertThat(opened.source()).isEqualTo("alertmanager");

            alerting.broken(false);

            Incident resolved = awaitIncident(IncidentStatus.RESOLVED, alerting);
            assertThat(resolved.id()).isEqualTo(opened.id());
            assertThat(resolved.resolvedAt()).isAfter(resolved.detectedAt());
        }
    }

    private Incident awaitIncident(IncidentStatus status, PrivateAlerting alerting) {
        try {
            return Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> {
                                relay.relay();
                                var incidents = mongo.findAll(Incident.class);
                                return incidents.size() == 1 && incidents.get(0).status() == status
                                        ? incidents.get(0)
                                        : null;
                            },
                            incident -> incident != null);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(
                    "no " + status + " incident; deliveries " + deliveries(hookIntegrationIds()) + "\n"
                            + safeLogs(alerting),
                    e);
        }
    }

    private String hookIntegrationIds() {
        return mongo.findAll(io.devopstrack.projects.integration.Integration.class)
                .get(0)
                .id();
    }

    private static String safeLogs(PrivateAlerting alerting) {
        try {
            return alerting.logs();
        } catch (java.io.IOException e) {
            return "(no logs: " + e + ")";
        }
    }
}
