package io.devopstrack.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.events.ExecutionEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.json.JsonTest;
import org.springframework.boot.test.json.JacksonTester;

/**
 * The job document as Spring Boot's JSON mapper (the one both apps use) writes it: the shape of
 * {@code devopstrack:job:{id}}, of the API and of the live events (docs/tasks.md).
 */
@JsonTest
class JobJsonTests {

    private static final Instant CREATED = Instant.parse("2026-11-25T16:20:00.123Z");
    private static final Instant STARTED = Instant.parse("2026-11-25T16:20:01Z");
    private static final Instant CHECKED_OUT = Instant.parse("2026-11-25T16:20:02.500Z");

    private static final String RUNNING_JOB = """
            {"id": "job-1", "projectId": "project-1", "ref": "main", "status": "RUNNING", "attempt": 2,
             "retryOf": "job-0",
             "stages": [{"name": "checkout", "status": "SUCCEEDED", "startedAt": "2026-11-25T16:20:01Z",
                         "finishedAt": "2026-11-25T16:20:02.500Z", "externalId": null, "externalUrl": null},
                        {"name": "build", "status": "RUNNING", "startedAt": "2026-11-25T16:20:02.500Z",
                         "finishedAt": null, "externalId": null, "externalUrl": null},
                        {"name": "deploy", "status": "PENDING", "startedAt": null, "finishedAt": null,
                         "externalId": null, "externalUrl": null}],
             "createdAt": "2026-11-25T16:20:00.123Z", "startedAt": "2026-11-25T16:20:01Z", "finishedAt": null,
             "createdBy": "alice", "cancelRequested": false, "updatedAt": "2026-11-25T16:20:02.500Z", "version": 3,
             "source": "simulated", "externalId": null, "externalUrl": null, "pipeline": null, "commit": null,
             "triggeredBy": null, "sourceUpdatedAt": null}
            """;

    private static final String EXTERNAL_JOB = """
            {"id": "job-9", "projectId": "project-1", "ref": "main", "status": "FAILED", "attempt": 2,
             "retryOf": "job-8",
             "stages": [{"name": "test (17)", "status": "FAILED", "startedAt": "2026-11-25T16:20:01Z",
                         "finishedAt": "2026-11-25T16:20:02.500Z", "externalId": "399444496",
                         "externalUrl": "https://github.com/octo/app/actions/runs/30433642/job/399444496"}],
             "createdAt": "2026-11-25T16:20:00.123Z", "startedAt": "2026-11-25T16:20:01Z",
             "finishedAt": "2026-11-25T16:20:02.500Z", "createdBy": "octocat", "cancelRequested": false,
             "updatedAt": "2026-11-25T16:20:03Z", "version": 4, "source": "github", "externalId": "30433642",
             "externalUrl": "https://github.com/octo/app/actions/runs/30433642", "pipeline": "CI",
             "commit": "acb5820ced9479c074f688cc328bf03f341a511d", "triggeredBy": "octocat",
             "sourceUpdatedAt": "2026-11-25T16:20:02.500Z"}
            """;

    @Autowired
    private JacksonTester<Job> json;

    @Autowired
    private JacksonTester<Map<String, String>> recordJson;

    @Test
    void aJobIsWrittenWithTheContractsFieldNamesUtcTimesStatusesAsStringsAndExplicitNulls() throws Exception {
        assertThat(json.write(runningJob())).isStrictlyEqualToJson(RUNNING_JOB);
    }

    @Test
    void aStoredDocumentIsReadBackAsTheSameJob() throws Exception {
        assertThat(json.parseObject(RUNNING_JOB)).isEqualTo(runningJob());
    }

    @Test
    void anExternalRunCarriesItsSourceIdsLinksPipelineCommitAndWhoTriggeredIt() throws Exception {
        assertThat(json.write(externalJob())).isStrictlyEqualToJson(EXTERNAL_JOB);
        assertThat(json.parseObject(EXTERNAL_JOB)).isEqualTo(externalJob());
        assertThat(externalJob().external()).isTrue();
        assertThat(runningJob().external()).isFalse();
    }

    @Test
    void aDocumentStoredBeforeSourcesExistedIsReadAsASimulatedJob() throws Exception {
        String old = RUNNING_JOB
                .replaceAll(",\\s*\"externalId\": null, \"externalUrl\": null", "")
                .replaceAll("(?s),\\s*\"source\".*\\}", "}");

        assertThat(old).doesNotContain("source").doesNotContain("external");
        assertThat(json.parseObject(old)).isEqualTo(runningJob());
    }

    @Test
    void theVersionIsWrittenAsATopLevelKeyWithoutSpacesForTheCompareAndSetScript() throws Exception {
        // save-job.lua reads the stored version with the pattern "version":(%d+) instead of decoding the JSON.
        assertThat(json.write(runningJob()).getJson()).contains("\"version\":3").doesNotContain("\"version\": ");
    }

    @Test
    void anExecutionRecordCarriesEveryFieldAsAString() throws Exception {
        Job job = runningJob();

        ExecutionEvent record = ExecutionRecords.ofStage(job, job.stages().get(0));

        assertThat(recordJson.write(record.fields())).isStrictlyEqualToJson("""
                {"kind": "stage", "jobId": "job-1", "projectId": "project-1", "ref": "main", "attempt": "2",
                 "stage": "checkout", "status": "SUCCEEDED", "startedAt": "2026-11-25T16:20:01Z",
                 "finishedAt": "2026-11-25T16:20:02.500Z", "durationMs": "1500",
                 "createdAt": "2026-11-25T16:20:00.123Z", "pipeline": "simulated", "commit": "main",
                 "source": "simulated"}
                """);
    }

    @Test
    void anExternalJobsExecutionRecordNamesItsSource() throws Exception {
        assertThat(recordJson.write(ExecutionRecords.ofJob(externalJob()).fields()))
                .isStrictlyEqualToJson("""
                {"kind": "job", "jobId": "job-9", "projectId": "project-1", "ref": "main", "attempt": "2",
                 "stage": "", "status": "FAILED", "startedAt": "2026-11-25T16:20:01Z",
                 "finishedAt": "2026-11-25T16:20:02.500Z", "durationMs": "1500",
                 "createdAt": "2026-11-25T16:20:00.123Z", "pipeline": "CI",
                 "commit": "acb5820ced9479c074f688cc328bf03f341a511d", "source": "github"}
                """);
    }

    private static Job externalJob() {
        Stage test = new Stage(
                "test (17)",
                StageStatus.FAILED,
                STARTED,
                CHECKED_OUT,
                "399444496",
                "https://github.com/octo/app/actions/runs/30433642/job/399444496");
        return new Job(
                "job-9",
                "project-1",
                "main",
                JobStatus.FAILED,
                2,
                "job-8",
                List.of(test),
                CREATED,
                STARTED,
                CHECKED_OUT,
                "octocat",
                false,
                Instant.parse("2026-11-25T16:20:03Z"),
                4,
                "github",
                "30433642",
                "https://github.com/octo/app/actions/runs/30433642",
                "CI",
                "acb5820ced9479c074f688cc328bf03f341a511d",
                "octocat",
                CHECKED_OUT);
    }

    /** Queued, started, then its checkout finished: version 3. */
    private static Job runningJob() {
        List<Stage> stages = List.of(
                new Stage("checkout", StageStatus.SUCCEEDED, STARTED, CHECKED_OUT),
                new Stage("build", StageStatus.RUNNING, CHECKED_OUT, null),
                new Stage("deploy", StageStatus.PENDING, null, null));
        return Job.queued(
                        "job-1",
                        "project-1",
                        "main",
                        List.of("checkout", "build", "deploy"),
                        2,
                        "job-0",
                        "alice",
                        CREATED)
                .with(JobStatus.RUNNING, stages, STARTED, null, STARTED)
                .with(JobStatus.RUNNING, stages, STARTED, null, CHECKED_OUT);
    }
}
