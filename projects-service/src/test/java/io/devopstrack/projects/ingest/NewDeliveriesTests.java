package io.devopstrack.projects.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.integration.DeliveryRecorded;
import io.devopstrack.projects.integration.IntegrationKind;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NewDeliveriesTests {

    private static final JsonNode WORKFLOW_RUN =
            JsonMapper.builder().build().readTree(GitHubDeliveries.fixture("workflow_run.completed.json"));

    private final NewDeliveries newDeliveries = new NewDeliveries();

    @Test
    void aRecordedDeliveryComesOutMappedFromTheJsonTheHookParsed() {
        newDeliveries.on(recorded("line-1", WORKFLOW_RUN));

        List<NewDeliveries.Hint> hints = newDeliveries.next(10);

        assertThat(hints).singleElement().satisfies(hint -> {
            assertThat(hint.id()).isEqualTo("line-1");
            assertThat(hint.projectId()).isEqualTo("p-1");
            assertThat(hint.events()).isEqualTo(GitHubMapper.map("workflow_run", WORKFLOW_RUN));
            assertThat(hint.events()).isNotEmpty();
        });
    }

    @Test
    void aDeliveryWithoutItsParsedJsonIsToBeReadFromItsRecord() {
        newDeliveries.on(recorded("line-1", null));

        assertThat(newDeliveries.next(10))
                .singleElement()
                .satisfies(hint -> assertThat(hint.events()).isNull());
    }

    @Test
    void hintsComeOutOldestFirstAtMostAPageAtATime() {
        newDeliveries.on(recorded("d-1", null));
        newDeliveries.on(recorded("d-2", null));
        newDeliveries.on(recorded("d-3", null));

        assertThat(ids(newDeliveries.next(2))).containsExactly("d-1", "d-2");
        assertThat(ids(newDeliveries.next(2))).containsExactly("d-3");
        assertThat(newDeliveries.next(2)).isEmpty();
    }

    @Test
    void aFailedBatchComesBackOnlyAfterItsWait() {
        newDeliveries.retryAfter(List.of("d-1", "d-2"), Duration.ofHours(1));

        assertThat(newDeliveries.next(10)).isEmpty();
    }

    @Test
    void aFailedBatchWhoseTimeHasComeIsTakenBeforeNewHintsAndReadFromItsRecords() {
        newDeliveries.on(recorded("d-3", WORKFLOW_RUN));
        newDeliveries.retryAfter(List.of("d-1", "d-2"), Duration.ZERO);

        List<NewDeliveries.Hint> hints = newDeliveries.next(10);

        assertThat(ids(hints)).containsExactly("d-1", "d-2", "d-3");
        assertThat(hints.get(0).events()).isNull();
        assertThat(hints.get(1).events()).isNull();
        assertThat(newDeliveries.next(10)).isEmpty();
    }

    private static DeliveryRecorded recorded(String id, JsonNode payload) {
        return new DeliveryRecorded(id, "p-1", "gh-" + id, IntegrationKind.GITHUB, "workflow_run", payload);
    }

    private static List<String> ids(List<NewDeliveries.Hint> hints) {
        return hints.stream().map(NewDeliveries.Hint::id).toList();
    }
}
