package io.devopstrack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Entries of the executions stream, as tasks-service and tasks-worker write them and metrics-service reads them. */
class ExecutionEventTests {

    private static final Instant CREATED = Instant.parse("2026-11-25T16:20:00.123Z");
    private static final Instant STARTED = Instant.parse("2026-11-25T16:20:01Z");
    private static final Instant FINISHED = Instant.parse("2026-11-25T16:20:02.500Z");

    @Test
    void aStageIsWrittenWithEveryFieldAsAStringAndReadBackAsWritten() {
        ExecutionEvent stage = new ExecutionEvent(
                "stage", "job-1", "p1", "main", 2, "build", "FAILED", FINISHED, 1500, CREATED, STARTED, "CI", "acb582",
                "github");

        Map<String, String> fields = stage.fields();

        assertThat(fields)
                .containsEntry("attempt", "2")
                .containsEntry("durationMs", "1500")
                .containsEntry("startedAt", "2026-11-25T16:20:01Z")
                .containsEntry("createdAt", "2026-11-25T16:20:00.123Z")
                .hasSize(14);
        assertThat(ExecutionEvent.from(fields)).isEqualTo(stage);
        assertThat(stage.queueMs()).isEqualTo(877);
    }

    @Test
    void anEntryWrittenBeforeCreationTimePipelineCommitAndSourceExistedReadsThemAsUnknown() {
        Map<String, String> old = new LinkedHashMap<>(Map.of(
                "kind", "job",
                "jobId", "job-1",
                "projectId", "p1",
                "ref", "main",
                "attempt", "1",
                "stage", "ignored for a job",
                "status", "SUCCEEDED",
                "finishedAt", FINISHED.toString(),
                "durationMs", "1500"));

        ExecutionEvent read = ExecutionEvent.from(old);

        assertThat(read.isJob()).isTrue();
        assertThat(read.stage()).isEmpty();
        assertThat(read.createdAt()).isNull();
        assertThat(read.startedAt()).isNull();
        assertThat(read.queueMs()).isNull();
        assertThat(read.pipeline()).isEmpty();
        assertThat(read.commit()).isEmpty();
        assertThat(read.source()).isEqualTo(ExecutionEvent.SIMULATED);
    }

    @Test
    void anUnknownKindOrAStatusThatIsNotFinalIsInvalid() {
        Map<String, String> fields = new ExecutionEvent(
                        "job", "job-1", "p1", "", 1, "", "RUNNING", FINISHED, 0, null, null, "", "", "simulated")
                .fields();

        assertThatThrownBy(() -> ExecutionEvent.from(fields))
                .isInstanceOf(InvalidEvent.class)
                .hasMessageStartingWith("field status is not one of");
        fields.put("kind", "pipeline");
        assertThatThrownBy(() -> ExecutionEvent.from(fields)).hasMessageStartingWith("field kind is not one of");
    }
}
