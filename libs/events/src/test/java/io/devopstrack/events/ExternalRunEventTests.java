package io.devopstrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopstrack.events.ExternalRunEvent.Kind;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run and stage entries of the runs stream, as projects-service writes them and tasks-service reads them back. */
class ExternalRunEventTests {

    private static final Instant CREATED = Instant.parse("2026-11-25T16:20:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-25T16:20:01.500Z");

    @Test
    void aRunIsWrittenWithEveryFieldPresentAndReadBackAsWritten() {
        ExternalRunEvent run = new ExternalRunEvent(
                Kind.RUN,
                "github",
                "p1",
                "d-1",
                "30433642",
                2,
                "CI",
                "main",
                "acb582",
                "RUNNING",
                STARTED,
                null,
                STARTED,
                "https://ci.example.test/runs/30433642",
                "octocat",
                CREATED,
                null,
                null,
                null);

        Map<String, String> fields = run.fields();

        assertThat(fields)
                .containsEntry("kind", "run")
                .containsEntry("attempt", "2")
                .containsEntry("finishedAt", "")
                .containsEntry("createdAt", "2026-11-25T16:20:00Z")
                .doesNotContainKeys("stageId", "stage", "stageUrl");
        assertThat(ExternalRunEvent.from(fields)).isEqualTo(run);
    }

    @Test
    void aStageNamedOnlyByItsIdTakesItsIdAsName() {
        ExternalRunEvent stage = new ExternalRunEvent(
                Kind.STAGE,
                "gitlab",
                "p1",
                null,
                "981",
                1,
                null,
                null,
                null,
                "SKIPPED",
                null,
                null,
                STARTED,
                null,
                null,
                null,
                "4711",
                null,
                null);

        ExternalRunEvent read = ExternalRunEvent.from(stage.fields());

        assertThat(read.stageId()).isEqualTo("4711");
        assertThat(read.stage()).isEqualTo("4711");
        assertThat(read.pipeline()).isNull();
        assertThat(stage.fields()).containsEntry("pipeline", "").containsEntry("deliveryId", "");
    }

    @Test
    void anUnknownKindOrStatusIsInvalidAndSaysWhichField() {
        Map<String, String> fields = new ExternalRunEvent(
                        Kind.RUN, "github", "p1", "d-1", "1", 1, null, null, null, "SKIPPED", null, null, STARTED, null,
                        null, null, null, null, null)
                .fields();

        assertThatThrownBy(() -> ExternalRunEvent.from(fields))
                .isInstanceOf(InvalidEvent.class)
                .hasMessage("field status is not one of [CANCELLED, FAILED, QUEUED, RUNNING, SUCCEEDED]");
        fields.put("kind", "job");
        assertThatThrownBy(() -> ExternalRunEvent.from(fields)).hasMessage("field kind is neither run nor stage");
    }
}
