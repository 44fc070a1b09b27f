package io.devopstrack.metrics.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.events.DeploymentEvent;
import io.devopstrack.events.ExecutionEvent;
import io.devopstrack.events.IncidentEvent;
import io.devopstrack.metrics.support.Events;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PointsTests {

    @Test
    void theSameEventAlwaysGivesTheSameLine() {
        String first = Points.of(ExecutionEvent.from(Events.job("j1", "p1", "SUCCEEDED", "2025-01-01T00:00:00Z", 5)));
        String again = Points.of(ExecutionEvent.from(Events.job("j1", "p1", "SUCCEEDED", "2025-01-01T00:00:00Z", 5)));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void aJobIsAPointOfJobRunsTaggedByProjectRefAndStatusAtItsFinishTime() {
        String line = Points.of(ExecutionEvent.from(Events.job("j1", "p1", "FAILED", "2025-01-01T00:00:00.250Z", 5)));

        assertThat(line)
                .startsWith("job_runs,project=p1,ref=main,source=simulated,status=FAILED ")
                .contains("duration_ms=5i", "attempt=1i", "job_id=\"j1\"");
        long nanos = Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
        assertThat(nanos / 1_000_000)
                .isEqualTo(Instant.parse("2025-01-01T00:00:00.250Z").toEpochMilli());
    }

    @Test
    void aStageIsTaggedWithItsNameAndDoesNotCollideWithItsJob() {
        long job = Points.timestampNanos(Instant.EPOCH, "j1");
        long stage = Points.timestampNanos(Instant.EPOCH, "j1/build");
        String line = Points.of(
                ExecutionEvent.from(Events.stage("j1", "p1", "build", "SUCCEEDED", "2025-01-01T00:00:00Z", 5)));

        assertThat(line).startsWith("stage_runs,project=p1,ref=main,source=simulated,stage=build,status=SUCCEEDED ");
        assertThat(stage).isNotEqualTo(job);
    }

    @Test
    void twoJobsInTheSameMillisecondGetDifferentTimestampsWithinThatMillisecond() {
        Instant finished = Instant.parse("2025-01-01T00:00:00.001Z");
        long a = Points.timestampNanos(finished, "job-a");
        long b = Points.timestampNanos(finished, "job-b");

        assertThat(a).isNotEqualTo(b);
        assertThat(a / 1_000_000).isEqualTo(b / 1_000_000).isEqualTo(finished.toEpochMilli());
    }

    @Test
    void anExternalRunAndItsStagesAreTaggedWithTheirSource() {
        java.util.Map<String, String> job = Events.job("j1", "p1", "FAILED", "2025-01-01T00:00:00Z", 5);
        job.put("source", "github");
        java.util.Map<String, String> stage = Events.stage("j1", "p1", "test", "FAILED", "2025-01-01T00:00:00Z", 5);
        stage.put("source", "github");

        assertThat(Points.of(ExecutionEvent.from(job)))
                .startsWith("job_runs,project=p1,ref=main,source=github,status=FAILED ");
        assertThat(Points.of(ExecutionEvent.from(stage)))
                .startsWith("stage_runs,project=p1,ref=main,source=github,stage=test,");
    }

    @Test
    void anEmptySourceIsASimulatedRun() {
        java.util.Map<String, String> job = Events.job("j1", "p1", "SUCCEEDED", "2025-01-01T00:00:00Z", 5);
        job.put("source", "");

        assertThat(Points.of(ExecutionEvent.from(job))).contains(",source=simulated,");
    }

    @Test
    void tagValuesAreEscaped() {
        String line = Points.of(
                ExecutionEvent.from(Events.job("j1", "my project,x=1", "SUCCEEDED", "2025-01-01T00:00:00Z", 5)));

        assertThat(line).startsWith("job_runs,project=my\\ project\\,x\\=1,");
    }

    @Test
    void aDeploymentCarriesItsLeadTime() {
        String line = Points.of(DeploymentEvent.from(
                Events.deployment("d1", "p1", "prod", "SUCCEEDED", "2025-01-01T00:00:00Z", "2025-01-01T02:00:00Z")));

        assertThat(line)
                .startsWith("deployments,environment=prod,project=p1,status=SUCCEEDED ")
                .contains("lead_time_ms=7200000i", "deployment_id=\"d1\"");
    }

    @Test
    void aJobRunCarriesItsPipelineAsATagAndItsCommitAndQueueTimeAsFields() {
        String line = Points.of(ExecutionEvent.from(Events.run(
                "j1",
                "p1",
                "ci",
                "abc123",
                2,
                "SUCCEEDED",
                "2025-01-01T00:00:00Z",
                "2025-01-01T00:00:05Z",
                "2025-01-01T00:01:00Z")));

        assertThat(line)
                .startsWith("job_runs,pipeline=ci,project=p1,ref=main,source=simulated,status=SUCCEEDED ")
                .contains("commit=\"abc123\"", "queue_ms=5000i", "attempt=2i");
    }

    @Test
    void aJobRunWithoutCreationTimeOrCommitHasNeitherField() {
        String line = Points.of(ExecutionEvent.from(Events.job("j1", "p1", "SUCCEEDED", "2025-01-01T00:00:00Z", 5)));

        assertThat(line).doesNotContain("queue_ms", "commit", "pipeline");
    }

    @Test
    void eachRevisionOfAnIncidentIsItsOwnPointInTheIncidentsSeriesAtItsDetectionTime() {
        String first = Points.of(
                IncidentEvent.from(Events.incident("i1", "p1", "prod", 1, "2025-01-01T00:00:00Z", "", "", "")));
        String second = Points.of(IncidentEvent.from(Events.incident(
                "i1", "p1", "prod", 2, "2025-01-01T00:00:00Z", "2025-01-01T02:00:00Z", "d1", "MANUAL")));

        assertThat(first)
                .startsWith("incidents,environment=prod,incident_id=i1,project=p1 ")
                .contains("revision=1i", "status=\"OPEN\"")
                .doesNotContain("resolved_at_ms");
        assertThat(second)
                .contains(
                        "revision=2i",
                        "status=\"RESOLVED\"",
                        "deployment_id=\"d1\"",
                        "resolved_at_ms="
                                + Instant.parse("2025-01-01T02:00:00Z").toEpochMilli() + "i",
                        "restore_ms=7200000i");
        long detected = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli() * 1_000_000;
        assertThat(timestamp(first)).isEqualTo(detected + 1);
        assertThat(timestamp(second)).isEqualTo(detected + 2);
    }

    private static long timestamp(String line) {
        return Long.parseLong(line.substring(line.lastIndexOf(' ') + 1));
    }
}
