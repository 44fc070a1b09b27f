package io.devopstrack.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
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
                         "finishedAt": "2026-11-25T16:20:02.500Z"},
                        {"name": "build", "status": "RUNNING", "startedAt": "2026-11-25T16:20:02.500Z",
                         "finishedAt": null},
                        {"name": "deploy", "status": "PENDING", "startedAt": null, "finishedAt": null}],
             "createdAt": "2026-11-25T16:20:00.123Z", "startedAt": "2026-11-25T16:20:01Z", "finishedAt": null,
             "createdBy": "alice", "cancelRequested": false, "updatedAt": "2026-11-25T16:20:02.500Z", "version": 3}
            """;

    @Autowired
    private JacksonTester<Job> json;

    @Autowired
    private JacksonTester<ExecutionRecord> recordJson;

    @Test
    void aJobIsWrittenWithTheContractsFieldNamesUtcTimesStatusesAsStringsAndExplicitNulls() throws Exception {
        assertThat(json.write(runningJob())).isStrictlyEqualToJson(RUNNING_JOB);
    }

    @Test
    void aStoredDocumentIsReadBackAsTheSameJob() throws Exception {
        assertThat(json.parseObject(RUNNING_JOB)).isEqualTo(runningJob());
    }

    @Test
    void theVersionIsWrittenAsATopLevelKeyWithoutSpacesForTheCompareAndSetScript() throws Exception {
        // save-job.lua reads the stored version with the pattern "version":(%d+) instead of decoding the JSON.
        assertThat(json.write(runningJob()).getJson()).contains("\"version\":3").doesNotContain("\"version\": ");
    }

    @Test
    void anExecutionRecordCarriesEveryFieldAsAString() throws Exception {
        Job job = runningJob();

        ExecutionRecord record = ExecutionRecord.ofStage(job, job.stages().get(0));

        assertThat(recordJson.write(record)).isStrictlyEqualToJson("""
                {"kind": "stage", "jobId": "job-1", "projectId": "project-1", "ref": "main", "attempt": "2",
                 "stage": "checkout", "status": "SUCCEEDED", "startedAt": "2026-11-25T16:20:01Z",
                 "finishedAt": "2026-11-25T16:20:02.500Z", "durationMs": "1500",
                 "createdAt": "2026-11-25T16:20:00.123Z", "pipeline": "simulated", "commit": "main"}
                """);
    }

    private static Job runningJob() {
        List<Stage> stages = List.of(
                new Stage("checkout", StageStatus.SUCCEEDED, STARTED, CHECKED_OUT),
                new Stage("build", StageStatus.RUNNING, CHECKED_OUT, null),
                new Stage("deploy", StageStatus.PENDING, null, null));
        return new Job("job-1", "project-1", "main", JobStatus.RUNNING, 2, "job-0", stages, CREATED, STARTED, null,
                "alice", false, CHECKED_OUT, 3);
    }
}
