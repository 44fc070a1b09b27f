package io.devopstrack.metrics.stats;

import static io.devopstrack.metrics.support.Events.deployment;
import static io.devopstrack.metrics.support.Events.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.IntegrationTest;
import io.devopstrack.metrics.support.ProjectsStub;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The worked example of docs/metrics-service.md ("Incidents: a worked example"), published on the streams, ingested
 * into the real InfluxDB and read back: the four figures, the drill-down lists, and each figure recomputed from its
 * list the way a person would.
 */
class DeliveryScenarioIntegrationTests extends IntegrationTest {

    private static final String FROM = "2025-06-02T00:00:00Z";
    private static final String TO = "2025-06-04T00:00:00Z";
    private static final String RANGE = "from=" + FROM + "&to=" + TO;

    @BeforeEach
    void publishTheScenario() {
        ProjectsStub.get().tag("team-a", "q1");
        ProjectsStub.get().tag("team-empty");
        deploy("a0", "q1", "production", "SUCCEEDED", "2025-06-01T17:00:00Z", "2025-06-01T18:00:00Z");
        deploy("a1", "q1", "production", "SUCCEEDED", "2025-06-01T22:00:00Z", "2025-06-02T02:00:00Z");
        deploy("a2", "q1", "production", "SUCCEEDED", "2025-06-02T06:00:00Z", "2025-06-02T08:00:00Z");
        deploy("a3", "q1", "production", "SUCCEEDED", "2025-06-02T10:00:00Z", "2025-06-02T16:00:00Z");
        deploy("a4", "q1", "production", "FAILED", "2025-06-03T01:00:00Z", "2025-06-03T03:00:00Z");
        deploy("a5", "q1", "production", "SUCCEEDED", "2025-06-03T02:00:00Z", "2025-06-03T07:00:00Z");
        deploy("a6", "q1", "production", "SUCCEEDED", "2025-06-03T08:00:00Z", "2025-06-03T10:00:00Z");
        deploy("a6", "q1", "production", "ROLLED_BACK", "2025-06-03T08:00:00Z", "2025-06-03T11:00:00Z");
        deploy("s1", "q1", "staging", "SUCCEEDED", "2025-06-03T11:00:00Z", "2025-06-03T12:00:00Z");
        deploy("b1", "q2", "production", "FAILED", "2025-06-02T04:00:00Z", "2025-06-02T05:00:00Z");
        streams()
                .publish(
                        INCIDENTS,
                        incident(
                                "inc-w",
                                "q1",
                                "production",
                                1,
                                "2025-06-01T20:00:00Z",
                                "2025-06-04T02:00:00Z",
                                "a0",
                                "MANUAL"));
        // inc-x: its resolution (revision 2) arrives before its opening (revision 1), which must not win
        streams()
                .publish(
                        INCIDENTS,
                        incident(
                                "inc-x",
                                "q1",
                                "production",
                                2,
                                "2025-06-02T09:00:00Z",
                                "2025-06-02T12:00:00Z",
                                "a2",
                                "MANUAL"));
        streams()
                .publish(
                        INCIDENTS,
                        incident("inc-x", "q1", "production", 1, "2025-06-02T09:00:00Z", "", "a2", "MANUAL"));
        streams()
                .publish(
                        INCIDENTS,
                        incident(
                                "inc-y",
                                "q1",
                                "production",
                                3,
                                "2025-06-02T18:00:00Z",
                                "2025-06-02T20:00:00Z",
                                "",
                                ""));
        streams().publish(INCIDENTS, incident("inc-z", "q1", "production", 1, "2025-06-03T10:30:00Z", "", "", ""));
        streams()
                .publish(
                        INCIDENTS,
                        incident("inc-s", "q1", "staging", 1, "2025-06-03T12:30:00Z", "2025-06-03T13:00:00Z", "", ""));
        streams().awaitStored(DEPLOYMENTS, INCIDENTS);
    }

    @Test
    void theFiguresOfTheProjectAreTheHandComputedOnes() {
        JsonNode delivery = get("/stats/delivery?projectId=q1&" + RANGE);

        assertThat(delivery.path("deploymentFrequencyPerDay").asDouble()).isEqualTo(2.0); // a1 a2 a3 a5 / 2 days
        assertThat(delivery.path("leadTimeHours").asDouble()).isEqualTo(4.5); // median(4, 2, 6, 5)
        assertThat(delivery.path("changeFailureRate").asDouble()).isCloseTo(4.0 / 6, within(1e-12)); // a2 a3 a4 a6
        assertThat(delivery.path("timeToRestoreHours").asDouble()).isEqualTo(3.0); // median(3, 2, 4)
    }

    @Test
    void theDrillDownListsShowTheLinksAndTheLatestRevision() {
        JsonNode deployments =
                get("/stats/delivery/deployments?projectId=q1&" + RANGE).path("content");
        JsonNode incidents =
                get("/stats/delivery/incidents?projectId=q1&" + RANGE).path("content");

        assertThat(texts(deployments, "deploymentId")).containsExactly("a6", "a5", "a4", "a3", "a2", "a1");
        assertThat(deployments.get(0).path("status").asString()).isEqualTo("ROLLED_BACK");
        assertThat(deployments.get(0).path("deployedAt").asString()).isEqualTo("2025-06-03T11:00:00Z");
        assertThat(texts(deployments.get(0).path("incidentIds"))).containsExactly("inc-z");
        assertThat(texts(deployments.get(3).path("incidentIds"))).containsExactly("inc-y");
        assertThat(texts(deployments.get(4).path("incidentIds"))).containsExactly("inc-x");
        assertThat(deployments.get(5).path("leadTimeHours").asDouble()).isEqualTo(4.0);
        assertThat(deployments.get(5).path("commit").asString()).isEqualTo("c0ffeea1");

        assertThat(texts(incidents, "incidentId")).containsExactly("inc-z", "inc-y", "inc-x", "inc-w");
        assertThat(texts(incidents, "deploymentId")).containsExactly("a6", "a3", "a2", "a0");
        assertThat(texts(incidents, "linkedBy")).containsExactly("AUTO", "AUTO", "MANUAL", "MANUAL");
        assertThat(incidents.get(2).path("resolvedAt").asString()).isEqualTo("2025-06-02T12:00:00Z");
        assertThat(incidents.get(2).path("restoreHours").asDouble()).isEqualTo(3.0);
        assertThat(incidents.get(0).path("resolvedAt").isNull()).isTrue();
        assertThat(incidents.get(3).path("restoreHours").asDouble()).isEqualTo(54.0); // resolved after the range
    }

    @Test
    void eachFigureIsWhatItsListImpliesForTheProjectAndForAllProjects() {
        for (String scope : List.of("projectId=q1&", "")) {
            JsonNode delivery = get("/stats/delivery?" + scope + RANGE);
            JsonNode deployments =
                    get("/stats/delivery/deployments?size=100&" + scope + RANGE).path("content");
            JsonNode incidents =
                    get("/stats/delivery/incidents?size=100&" + scope + RANGE).path("content");

            assertThat(delivery.path("deploymentFrequencyPerDay").asDouble())
                    .as(scope)
                    .isEqualTo(frequencyFrom(deployments));
            assertThat(delivery.path("leadTimeHours").asDouble()).as(scope).isEqualTo(leadTimeFrom(deployments));
            assertThat(delivery.path("changeFailureRate").asDouble())
                    .as(scope)
                    .isEqualTo(changeFailureRateFrom(deployments));
            assertThat(delivery.path("timeToRestoreHours").asDouble())
                    .as(scope)
                    .isEqualTo(timeToRestoreFrom(deployments, incidents));
        }
        // all projects add q2's failure b1 (never restored): 5 failed changes of 7
        assertThat(get("/stats/delivery?" + RANGE).path("changeFailureRate").asDouble())
                .isCloseTo(5.0 / 7, within(1e-12));
    }

    @Test
    void aTagSelectsItsProjectsAndWithAProjectTheirIntersection() {
        assertThat(get("/stats/delivery?tag=team-a&" + RANGE)).isEqualTo(get("/stats/delivery?projectId=q1&" + RANGE));
        assertThat(get("/stats/delivery/deployments?tag=team-a&" + RANGE)
                        .path("page")
                        .path("totalElements")
                        .asLong())
                .isEqualTo(6);

        JsonNode none = get("/stats/delivery?tag=team-a&projectId=q2&" + RANGE);
        assertThat(none.path("deploymentFrequencyPerDay").asDouble()).isZero();
        assertThat(none.path("changeFailureRate").isNull()).isTrue();
        assertThat(get("/stats/delivery/incidents?tag=team-empty&" + RANGE).path("content"))
                .isEmpty();
    }

    private static double frequencyFrom(JsonNode deployments) {
        double days = Duration.between(Instant.parse(FROM), Instant.parse(TO)).toHours() / 24.0;
        return rows(deployments).stream()
                        .filter(d -> d.path("status").asString().equals("SUCCEEDED"))
                        .count()
                / days;
    }

    private static double leadTimeFrom(JsonNode deployments) {
        return median(rows(deployments).stream()
                .filter(d -> d.path("status").asString().equals("SUCCEEDED"))
                .map(d -> d.path("leadTimeHours").asDouble())
                .toList());
    }

    private static double changeFailureRateFrom(JsonNode deployments) {
        long failed = rows(deployments).stream()
                .filter(d -> !d.path("status").asString().equals("SUCCEEDED")
                        || !d.path("incidentIds").isEmpty())
                .count();
        return (double) failed / deployments.size();
    }

    /** Incidents resolved in the range, plus failure → next success of a project for failures without incident. */
    private static double timeToRestoreFrom(JsonNode deployments, JsonNode incidents) {
        List<Double> hours = new ArrayList<>();
        for (JsonNode incident : rows(incidents)) {
            String resolved = incident.path("resolvedAt").asString("");
            if (!incident.path("resolvedAt").isNull() && resolved.compareTo(FROM) >= 0 && resolved.compareTo(TO) < 0) {
                hours.add(incident.path("restoreHours").asDouble());
            }
        }
        List<JsonNode> oldestFirst = rows(deployments).stream()
                .sorted(Comparator.comparing(d -> d.path("deployedAt").asString()))
                .toList();
        for (String project : oldestFirst.stream()
                .map(d -> d.path("projectId").asString())
                .distinct()
                .toList()) {
            Instant openedAt = null;
            for (JsonNode d : oldestFirst.stream()
                    .filter(d -> d.path("projectId").asString().equals(project))
                    .toList()) {
                boolean succeeded = d.path("status").asString().equals("SUCCEEDED");
                Instant at = Instant.parse(d.path("deployedAt").asString());
                if (!succeeded && d.path("incidentIds").isEmpty() && openedAt == null) {
                    openedAt = at;
                } else if (succeeded && openedAt != null) {
                    hours.add(Duration.between(openedAt, at).toMinutes() / 60.0);
                    openedAt = null;
                }
            }
        }
        return median(hours);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static List<JsonNode> rows(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return rows(array).stream().map(row -> row.path(field).asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return rows(array).stream().map(JsonNode::asString).toList();
    }

    private JsonNode get(String pathAndQuery) {
        Api.Response response = api().get(pathAndQuery, viewerToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void deploy(
            String id, String project, String environment, String status, String committedAt, String deployedAt) {
        streams().publish(DEPLOYMENTS, deployment(id, project, environment, status, committedAt, deployedAt));
    }
}
