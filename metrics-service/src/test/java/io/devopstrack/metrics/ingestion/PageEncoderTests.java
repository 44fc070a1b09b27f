package io.devopstrack.metrics.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.events.IncidentEvent;
import io.devopstrack.metrics.support.Events;
import io.lettuce.core.StreamMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageEncoderTests {

    private static final String EXECUTIONS = "executions";
    private static final String DEPLOYMENTS = "deployments";
    private static final String INCIDENTS = "incidents";

    private final PageEncoder encoder = new PageEncoder(EXECUTIONS, INCIDENTS);

    @Test
    void aPageIsTheLinesOfItsEntriesInOrderJoinedByNewlines() {
        Map<String, String> first = Events.job("j1", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100);
        Map<String, String> second = Events.stage("j1", "p1", "build", "FAILED", "2025-05-01T10:00:01Z", 50);

        PageEncoder.Page page =
                encoder.encode(List.of(entry(EXECUTIONS, "1-0", first), entry(EXECUTIONS, "2-0", second)));

        assertThat(page.record())
                .isEqualTo(Points.of(ExecutionEvent.from(first)) + "\n" + Points.of(ExecutionEvent.from(second)));
        assertThat(page.entries()).containsExactly(new EntryRef(EXECUTIONS, "1-0"), new EntryRef(EXECUTIONS, "2-0"));
        assertThat(page.skipped()).isEmpty();
    }

    @Test
    void anEntryOfTheDeploymentsStreamBecomesADeploymentPoint() {
        Map<String, String> deployment =
                Events.deployment("d1", "p1", "prod", "SUCCEEDED", "2025-05-01T08:00:00Z", "2025-05-01T10:00:00Z");

        PageEncoder.Page page = encoder.encode(List.of(entry(DEPLOYMENTS, "1-0", deployment)));

        assertThat(page.record())
                .isEqualTo(Points.of(DeploymentEvent.from(deployment)))
                .startsWith("deployments,");
        assertThat(page.entries()).containsExactly(new EntryRef(DEPLOYMENTS, "1-0"));
    }

    @Test
    void anEntryOfTheIncidentsStreamBecomesAnIncidentPoint() {
        Map<String, String> incident = Events.incident(
                "i1", "p1", "production", 3, "2025-05-01T10:00:00Z", "2025-05-01T11:00:00Z", "d1", "MANUAL");

        PageEncoder.Page page = encoder.encode(List.of(entry(INCIDENTS, "1-0", incident)));

        assertThat(page.record())
                .isEqualTo(Points.of(IncidentEvent.from(incident)))
                .startsWith("incidents,");
    }

    @Test
    void aResolvedIncidentWithoutResolvedAtIsRejected() {
        Map<String, String> incident =
                Events.incident("i1", "p1", "production", 1, "2025-05-01T10:00:00Z", "2025-05-01T11:00:00Z", "", "");
        incident.put("resolvedAt", "");

        PageEncoder.Page page = encoder.encode(List.of(entry(INCIDENTS, "1-0", incident)));

        assertThat(page.rejections())
                .singleElement()
                .satisfies(r -> assertThat(r.reason()).contains("resolvedAt"));
    }

    @Test
    void aMalformedEntryIsRejectedWithItsReasonAndTheOthersAreStillEncoded() {
        Map<String, String> malformed = Events.job("bad", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100);
        malformed.put("finishedAt", "yesterday");
        Map<String, String> good = Events.job("good", "p1", "SUCCEEDED", "2025-05-01T10:00:01Z", 100);

        PageEncoder.Page page =
                encoder.encode(List.of(entry(EXECUTIONS, "1-0", malformed), entry(EXECUTIONS, "2-0", good)));

        assertThat(page.record()).isEqualTo(Points.of(ExecutionEvent.from(good)));
        assertThat(page.entries()).containsExactly(new EntryRef(EXECUTIONS, "2-0"));
        assertThat(page.skipped()).containsExactly(new EntryRef(EXECUTIONS, "1-0"));
        assertThat(page.rejections()).singleElement().satisfies(rejection -> {
            assertThat(rejection.entry()).isEqualTo(new EntryRef(EXECUTIONS, "1-0"));
            assertThat(rejection.reason()).contains("finishedAt");
        });
    }

    @Test
    void anEntryTrimmedWhilePendingIsSkippedWithoutBeingARejection() {
        PageEncoder.Page page = encoder.encode(List.of(entry(EXECUTIONS, "1-0", Map.of())));

        assertThat(page.record()).isEmpty();
        assertThat(page.entries()).isEmpty();
        assertThat(page.skipped()).containsExactly(new EntryRef(EXECUTIONS, "1-0"));
        assertThat(page.rejections()).isEmpty();
    }

    private static StreamMessage<String, String> entry(String stream, String id, Map<String, String> body) {
        return new StreamMessage<>(stream, id, body);
    }
}
