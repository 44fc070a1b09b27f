package io.devopstrack.tasks.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.jobs.Stage;
import io.devopstrack.jobs.StageStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The merge rules of docs/tasks.md "External runs", on events as the stream carries them. */
class RunMergeTests {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void everyEventOfARunAttemptNamesTheSameJobAndAnotherAttemptAnother() {
        String first = RunMerge.jobId("github", "p1", "42", 1);

        assertThat(RunMerge.jobId("github", "p1", "42", 1)).isEqualTo(first);
        assertThat(RunMerge.jobId("github", "p1", "42", 2)).isNotEqualTo(first);
        assertThat(RunMerge.jobId("gitlab", "p1", "42", 1)).isNotEqualTo(first);
        assertThat(RunMerge.jobId("github", "p2", "42", 1)).isNotEqualTo(first);
    }

    @Test
    void aFinishedJobIsNeverLeftEvenByANewerEvent() {
        Job done = RunMerge.create(run("SUCCEEDED", 5), NOW);

        Job after = RunMerge.merge(done, run("RUNNING", 9), NOW);

        assertThat(after).isSameAs(done);
    }

    @Test
    void atTheSameSourceTimeARunOnlyMovesForward() {
        Job running = RunMerge.create(run("RUNNING", 1), NOW);

        assertThat(RunMerge.merge(running, run("QUEUED", 1), NOW)).isSameAs(running);
        assertThat(RunMerge.merge(running, run("FAILED", 1), NOW).status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void aStageThatRunsStartsItsQueuedJob() {
        Job queued = RunMerge.create(run("QUEUED", 0), NOW);

        Job after = RunMerge.merge(queued, stage("gitlab", "7", "build", "RUNNING", 2), NOW);

        assertThat(after.status()).isEqualTo(JobStatus.RUNNING);
        assertThat(after.startedAt()).isEqualTo(at(2));
        assertThat(after.version()).isEqualTo(2);
        assertThat(RunMerge.merge(after, run("QUEUED", 1), NOW).status())
                .as("older run event")
                .isEqualTo(JobStatus.RUNNING);
    }

    @Test
    void aLaterTryOfAGitLabJobReplacesTheEarlierOneAndAnEarlierTryChangesNothing() {
        Job job = RunMerge.create(stage("gitlab", "7", "test", "FAILED", 2), NOW);
        Job retried = RunMerge.merge(job, stage("gitlab", "8", "test", "SUCCEEDED", 4), NOW);

        assertThat(retried.stages())
                .extracting(Stage::externalId, Stage::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("8", StageStatus.SUCCEEDED));
        assertThat(RunMerge.merge(retried, stage("gitlab", "7", "test", "FAILED", 2), NOW))
                .isSameAs(retried);
    }

    @Test
    void theRecordsOfAStageAndOfTheJobAreWrittenByTheWriteThatFirstFinishesThem() {
        Job running = RunMerge.create(stage("github", "9", "build", "RUNNING", 1), NOW);
        Job stageDone = RunMerge.merge(running, stage("github", "9", "build", "SUCCEEDED", 2), NOW);
        Job jobDone = RunMerge.merge(stageDone, run("SUCCEEDED", 3), NOW);

        assertThat(ExternalRuns.records(null, running)).isEmpty();
        assertThat(ExternalRuns.records(running, stageDone))
                .extracting(ExecutionEvent::kind)
                .containsExactly("stage");
        assertThat(ExternalRuns.records(stageDone, jobDone))
                .extracting(ExecutionEvent::kind, ExecutionEvent::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("job", "github"));
        assertThat(ExternalRuns.records(
                        jobDone, RunMerge.merge(jobDone, stage("github", "9", "build", "SUCCEEDED", 2), NOW)))
                .isEmpty();
    }

    private static ExternalRunEvent run(String status, int minute) {
        Map<String, String> fields = fields("run", "github", status, minute);
        fields.put("startedAt", status.equals("QUEUED") ? "" : at(1).toString());
        fields.put(
                "finishedAt",
                List.of("SUCCEEDED", "FAILED").contains(status) ? at(minute).toString() : "");
        return ExternalRunEvent.from(fields);
    }

    private static ExternalRunEvent stage(String source, String stageId, String name, String status, int minute) {
        Map<String, String> fields = fields("stage", source, status, minute);
        fields.put("stageId", stageId);
        fields.put("stage", name);
        fields.put("startedAt", at(minute).toString());
        return ExternalRunEvent.from(fields);
    }

    private static Map<String, String> fields(String kind, String source, String status, int minute) {
        Map<String, String> fields = new HashMap<>(Map.of(
                "kind",
                kind,
                "source",
                source,
                "projectId",
                "p1",
                "externalId",
                "42",
                "attempt",
                "1",
                "status",
                status,
                "updatedAt",
                at(minute).toString()));
        fields.put("ref", "main");
        return fields;
    }

    private static Instant at(int minute) {
        return T0.plusSeconds(60L * minute);
    }
}
