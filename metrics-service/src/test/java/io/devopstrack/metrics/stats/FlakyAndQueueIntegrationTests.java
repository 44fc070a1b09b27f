package io.devopstrack.metrics.stats;

import static io.devopstrack.metrics.support.Events.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.IntegrationTest;
import io.devopstrack.metrics.support.ProjectsStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Job runs with creation times, pipelines and commits, ingested and read back as flaky commits and queue times. */
class FlakyAndQueueIntegrationTests extends IntegrationTest {

    private static final String RANGE = "from=2025-06-02T00:00:00Z&to=2025-06-03T00:00:00Z";

    @BeforeEach
    void publishRuns() {
        ProjectsStub.get().tag("team-b", "q2");
        // queue times (created → started) in seconds: r1 1, r2 2, r3 3, r4 4, r5 5, r6 100 (cancelled), r7 6, r8 7
        publish("r1", "q1", "ci", "c1", 1, "FAILED", "10:00:00", "10:00:01", "10:05:00");
        publish("r2", "q1", "ci", "c1", 2, "SUCCEEDED", "10:10:00", "10:10:02", "10:30:00");
        publish("r3", "q1", "ci", "c2", 1, "SUCCEEDED", "10:40:00", "10:40:03", "11:00:00");
        publish("r4", "q1", "ci", "c3", 1, "SUCCEEDED", "11:50:00", "11:50:04", "12:00:00");
        publish("r5", "q1", "ci", "c3", 1, "FAILED", "12:50:00", "12:50:05", "13:00:00");
        publish("r6", "q1", "ci", "c3", 1, "CANCELLED", "13:50:00", "13:51:40", "14:00:00");
        publish("r7", "q2", "deploy", "c1", 1, "FAILED", "08:50:00", "08:50:06", "09:00:00");
        publish("r8", "q1", "release", "c1", 1, "SUCCEEDED", "14:50:00", "14:50:07", "15:00:00");
        streams().awaitStored(EXECUTIONS);
    }

    @Test
    void flakyCommitsAreThoseWhoseRunsOfOnePipelineBothSucceededAndFailedMostRecentFirst() {
        JsonNode flaky = get("/stats/flaky?" + RANGE);

        assertThat(flaky).hasSize(2);
        assertFlaky(flaky.get(0), "q1", "ci", "c3", 2, 1, 1, "2025-06-02T13:00:00Z"); // r6 cancelled: not counted
        assertFlaky(flaky.get(1), "q1", "ci", "c1", 2, 1, 1, "2025-06-02T10:30:00Z"); // failed, then retry passed
    }

    @Test
    void aTagWithoutFlakyCommitsListsNone() {
        assertThat(get("/stats/flaky?tag=team-b&" + RANGE)).isEmpty();
        assertThat(get("/stats/flaky?projectId=q1&tag=team-b&" + RANGE)).isEmpty();
    }

    @Test
    void queueTimePercentilesAreOverSucceededAndFailedJobs() {
        JsonNode summary = get("/stats/summary?projectId=q1&" + RANGE);

        // q1 without the cancelled r6: 1, 2, 3, 4, 5, 7 s; p50 rank floor(3 + 0.5) = 3, p95 rank floor(5.7 + 0.5) = 6
        assertThat(summary.path("queueP50Ms").asLong()).isEqualTo(3_000);
        assertThat(summary.path("queueP95Ms").asLong()).isEqualTo(7_000);
    }

    @Test
    void theTagFilterAppliesToTheSummaryAndTheBuilds() {
        assertThat(get("/stats/summary?tag=team-b&" + RANGE).path("total").asLong())
                .isEqualTo(1); // r7
        assertThat(get("/stats/summary?tag=team-b&" + RANGE).path("queueP50Ms").asLong())
                .isEqualTo(6_000);
        JsonNode buckets = get("/stats/builds?interval=1d&tag=team-b&" + RANGE);
        assertThat(buckets).hasSize(1);
        assertThat(buckets.get(0).path("failed").asLong()).isEqualTo(1);
        assertThat(buckets.get(0).path("succeeded").asLong()).isZero();
    }

    private static void assertFlaky(
            JsonNode row,
            String project,
            String pipeline,
            String commit,
            long runs,
            long succeeded,
            long failed,
            String lastSeenAt) {
        assertThat(row.path("projectId").asString()).isEqualTo(project);
        assertThat(row.path("pipeline").asString()).isEqualTo(pipeline);
        assertThat(row.path("commit").asString()).isEqualTo(commit);
        assertThat(new long[] {
                    row.path("runs").asLong(),
                    row.path("succeeded").asLong(),
                    row.path("failed").asLong()
                })
                .containsExactly(runs, succeeded, failed);
        assertThat(row.path("lastSeenAt").asString()).isEqualTo(lastSeenAt);
    }

    private JsonNode get(String pathAndQuery) {
        Api.Response response = api().get(pathAndQuery, viewerToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private void publish(
            String id,
            String project,
            String pipeline,
            String commit,
            int attempt,
            String status,
            String created,
            String started,
            String finished) {
        String day = "2025-06-02T";
        streams()
                .publish(
                        EXECUTIONS,
                        run(
                                id,
                                project,
                                pipeline,
                                commit,
                                attempt,
                                status,
                                day + created + "Z",
                                day + started + "Z",
                                day + finished + "Z"));
    }
}
