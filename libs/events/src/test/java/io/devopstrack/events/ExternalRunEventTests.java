package io.devopstrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopstrack.events.ExternalRunEvent.RunSubject;
import io.devopstrack.events.ExternalRunEvent.StageSubject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Run and stage entries of the runs stream, as projects-service writes them and tasks-service reads them back. */
class ExternalRunEventTests {

    private static final Instant CREATED = Instant.parse("2026-11-25T16:20:00Z");
    private static final Instant STARTED = Instant.parse("2026-11-25T16:20:01.500Z");
    private static final PipelineRun CI = new PipelineRun("github", "30433642", 2, "CI", "main", "acb582");

    @Test
    void aRunIsWrittenWithEveryFieldPresentAndReadBackAsWritten() {
        Progress running = new Progress("RUNNING", STARTED, null, STARTED);
        ExternalRunEvent run = new ExternalRunEvent(
                CI, "p1", "d-1", running, "https://ci.test/runs/1", new RunSubject("octocat", CREATED));

        Map<String, String> fields = run.fields();

        assertThat(fields)
                .containsEntry("kind", "run")
                .containsEntry("attempt", "2")
                .containsEntry("finishedAt", "")
                .containsEntry("createdAt", "2026-11-25T16:20:00Z")
                .containsEntry("externalUrl", "https://ci.test/runs/1")
                .doesNotContainKeys("stageId", "stage", "stageUrl");
        assertThat(ExternalRunEvent.from(fields)).isEqualTo(run);
    }

    @Test
    void aStageCarriesItsRunAndItsOwnPageAndIsReadBackAsWritten() {
        Progress failed = new Progress("FAILED", STARTED, STARTED, STARTED);
        ExternalRunEvent stage = new ExternalRunEvent(
                CI, "p1", "d-1", failed, "https://ci.test/j/9", new StageSubject("399444496", "test (17)"));

        assertThat(stage.fields())
                .containsEntry("kind", "stage")
                .containsEntry("externalId", "30433642")
                .containsEntry("stageUrl", "https://ci.test/j/9")
                .doesNotContainKeys("externalUrl", "triggeredBy", "createdAt");
        assertThat(ExternalRunEvent.from(stage.fields())).isEqualTo(stage);
    }

    @Test
    void aStageNamedOnlyByItsIdTakesItsIdAsName() {
        PipelineRun byIdOnly = new PipelineRun("gitlab", "981", 1, null, null, null);
        Progress skipped = new Progress("SKIPPED", null, null, STARTED);
        ExternalRunEvent stage =
                new ExternalRunEvent(byIdOnly, "p1", null, skipped, null, new StageSubject("4711", null));

        ExternalRunEvent read = ExternalRunEvent.from(stage.fields());

        assertThat(read.stage()).isEqualTo("4711");
        assertThat(read.run()).isEqualTo(byIdOnly);
        assertThat(stage.fields()).containsEntry("pipeline", "").containsEntry("deliveryId", "");
    }

    @Test
    void anUnknownKindOrStatusIsInvalidAndSaysWhichField() {
        Progress skippedRun = new Progress("SKIPPED", null, null, STARTED);
        Map<String, String> fields =
                new ExternalRunEvent(CI, "p1", "d-1", skippedRun, null, new RunSubject(null, null)).fields();

        assertThatThrownBy(() -> ExternalRunEvent.from(fields))
                .isInstanceOf(InvalidEvent.class)
                .hasMessage("field status is not one of [CANCELLED, FAILED, QUEUED, RUNNING, SUCCEEDED]");
        fields.put("kind", "job");
        assertThatThrownBy(() -> ExternalRunEvent.from(fields)).hasMessage("field kind is neither run nor stage");
    }
}
