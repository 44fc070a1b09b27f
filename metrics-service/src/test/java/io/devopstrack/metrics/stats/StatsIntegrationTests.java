package io.devopstrack.metrics.stats;

import static io.devopstrack.metrics.support.Events.deployment;
import static io.devopstrack.metrics.support.Events.job;
import static io.devopstrack.metrics.support.Events.stage;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.Api;
import io.devopstrack.metrics.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A fixed data set published on the streams, ingested by the running service, read back through the API; every
 * expected figure is computed by hand in the comments (definitions in docs/metrics-service.md).
 */
class StatsIntegrationTests extends IntegrationTest {

    private static final String RANGE = "&from=2025-03-03T00:00:00Z&to=2025-03-05T00:00:00Z";

    @BeforeEach
    void publishTheDataSet() {
        // Project p1, jobs: durations of the non-cancelled ones are 100..700.
        publishJob("j1", "p1", "SUCCEEDED", "2025-03-03T10:05:00Z", 100);
        publishJob("j2", "p1", "SUCCEEDED", "2025-03-03T10:20:00Z", 200);
        publishJob("j8", "p1", "SUCCEEDED", "2025-03-03T10:20:00Z", 700); // same millisecond as j2, another job
        publishJob("j3", "p1", "FAILED", "2025-03-03T10:40:00Z", 300);
        publishJob("j4", "p1", "CANCELLED", "2025-03-03T11:10:00Z", 5_000);
        publishJob("j5", "p1", "SUCCEEDED", "2025-03-03T11:30:00Z", 400);
        publishJob("j6", "p1", "FAILED", "2025-03-03T13:00:00Z", 500);
        publishJob("j7", "p1", "SUCCEEDED", "2025-03-03T13:59:59.999Z", 600);
        publishJob("late", "p1", "SUCCEEDED", "2025-03-05T00:00:00Z", 9_999); // at `to`: outside [from, to)
        streams().publish(EXECUTIONS, stage("j1", "p1", "build", "SUCCEEDED", "2025-03-03T10:04:00Z", 60));
        // Project p2.
        publishJob("k1", "p2", "SUCCEEDED", "2025-03-03T10:30:00Z", 10_000);

        // Project p1, production deployments (prod and production both count), lead times 2, 4, 6, 8 hours.
        publishDeployment("d1", "p1", "prod", "SUCCEEDED", "2025-03-03T06:00:00Z", "2025-03-03T08:00:00Z");
        publishDeployment("d2", "p1", "prod", "FAILED", "2025-03-03T10:00:00Z", "2025-03-03T12:00:00Z");
        publishDeployment("d3", "p1", "prod", "ROLLED_BACK", "2025-03-03T10:30:00Z", "2025-03-03T13:00:00Z");
        publishDeployment("d4", "p1", "prod", "SUCCEEDED", "2025-03-03T11:00:00Z", "2025-03-03T15:00:00Z");
        publishDeployment("d5", "p1", "prod", "FAILED", "2025-03-04T08:00:00Z", "2025-03-04T09:00:00Z");
        publishDeployment("d6", "p1", "production", "SUCCEEDED", "2025-03-04T04:00:00Z", "2025-03-04T10:00:00Z");
        publishDeployment("d7", "p1", "prod", "IN_PROGRESS", "2025-03-04T12:30:00Z", "2025-03-04T20:00:00Z");
        publishDeployment("d7", "p1", "prod", "SUCCEEDED", "2025-03-04T12:30:00Z", "2025-03-04T20:30:00Z");
        publishDeployment("d8", "p1", "staging", "SUCCEEDED", "2025-03-04T10:00:00Z", "2025-03-04T11:00:00Z");
        // Project p2: a failure never restored.
        publishDeployment("e1", "p2", "prod", "FAILED", "2025-03-03T01:00:00Z", "2025-03-03T02:00:00Z");

        streams().awaitStored(EXECUTIONS, DEPLOYMENTS);
    }

    @Test
    void summaryOfAProjectCountsItsJobsAndExcludesCancelledOnesFromTheRateAndPercentiles() {
        JsonNode summary = get("/stats/summary?projectId=p1" + RANGE);

        assertThat(summary.path("total").asLong()).isEqualTo(8);
        assertThat(summary.path("succeeded").asLong()).isEqualTo(5);
        assertThat(summary.path("failed").asLong()).isEqualTo(2);
        assertThat(summary.path("cancelled").asLong()).isEqualTo(1);
        assertThat(summary.path("successRate").asDouble()).isEqualTo(5.0 / 7); // 5 / (8 − 1)
        // n = 7 durations 100..700: p50 rank floor(3.5 + 0.5) = 4 → 400; p95 rank floor(6.65 + 0.5) = 7 → 700
        assertThat(summary.path("durationP50Ms").asLong()).isEqualTo(400);
        assertThat(summary.path("durationP95Ms").asLong()).isEqualTo(700);
    }

    @Test
    void summaryOfAllProjects() {
        JsonNode summary = get("/stats/summary?" + RANGE.substring(1));

        assertThat(summary.path("total").asLong()).isEqualTo(9);
        assertThat(summary.path("succeeded").asLong()).isEqualTo(6);
        assertThat(summary.path("successRate").asDouble()).isEqualTo(0.75); // 6 / (9 − 1)
        // n = 8: p50 rank floor(4 + 0.5) = 4 → 400; p95 rank floor(7.6 + 0.5) = 8 → 10000
        assertThat(summary.path("durationP50Ms").asLong()).isEqualTo(400);
        assertThat(summary.path("durationP95Ms").asLong()).isEqualTo(10_000);
    }

    @Test
    void summaryOfAnEmptyRangeHasNoRateAndNoPercentiles() {
        JsonNode summary = get("/stats/summary?projectId=p1&from=2024-01-01T00:00:00Z&to=2024-01-02T00:00:00Z");

        assertThat(summary.path("total").asLong()).isZero();
        assertThat(summary.path("successRate").isNull()).isTrue();
        assertThat(summary.path("durationP50Ms").isNull()).isTrue();
        assertThat(summary.path("durationP95Ms").isNull()).isTrue();
    }

    @Test
    void buildsArePerHourByStatusWithEmptyHoursFilledWithZeros() {
        JsonNode buckets =
                get("/stats/builds?projectId=p1&interval=1h" + "&from=2025-03-03T10:00:00Z&to=2025-03-03T14:00:00Z");

        assertThat(buckets).hasSize(4);
        assertBucket(buckets.get(0), "2025-03-03T10:00:00Z", 3, 1, 0); // j1 j2 j8 | j3
        assertBucket(buckets.get(1), "2025-03-03T11:00:00Z", 1, 0, 1); // j5 | | j4
        assertBucket(buckets.get(2), "2025-03-03T12:00:00Z", 0, 0, 0);
        assertBucket(buckets.get(3), "2025-03-03T13:00:00Z", 1, 1, 0); // j7 | j6
    }

    @Test
    void bucketsStartAtMultiplesOfTheIntervalAndCountOnlyJobsInTheRange() {
        JsonNode buckets =
                get("/stats/builds?projectId=p1&interval=1d" + "&from=2025-03-03T10:30:00Z&to=2025-03-04T12:00:00Z");

        assertThat(buckets).hasSize(2);
        assertBucket(buckets.get(0), "2025-03-03T00:00:00Z", 2, 2, 1); // j5 j7 | j3 j6 | j4
        assertBucket(buckets.get(1), "2025-03-04T00:00:00Z", 0, 0, 0);
    }

    @Test
    void deliveryMetricsOfAProjectFollowTheFourKeysDefinitions() {
        JsonNode delivery = get("/stats/delivery?projectId=p1" + RANGE);

        // successful production deployments d1 d4 d6 d7 over 2 days
        assertThat(delivery.path("deploymentFrequencyPerDay").asDouble()).isEqualTo(2.0);
        // median of 2, 4, 6, 8 hours
        assertThat(delivery.path("leadTimeHours").asDouble()).isEqualTo(5.0);
        // failed or rolled back d2 d3 d5 over finished d1..d7 (d7 once, IN_PROGRESS excluded, d8 is staging)
        assertThat(delivery.path("changeFailureRate").asDouble()).isEqualTo(3.0 / 7);
        // incidents: d2 12:00 → d4 15:00 = 3 h (d3 inside it), d5 09:00 → d6 10:00 = 1 h; median 2 h
        assertThat(delivery.path("timeToRestoreHours").asDouble()).isEqualTo(2.0);
    }

    @Test
    void deliveryMetricsOfAllProjectsLeaveAnOpenIncidentOutOfTimeToRestore() {
        JsonNode delivery = get("/stats/delivery?" + RANGE.substring(1));

        assertThat(delivery.path("deploymentFrequencyPerDay").asDouble()).isEqualTo(2.0);
        assertThat(delivery.path("changeFailureRate").asDouble()).isEqualTo(4.0 / 8); // e1 added
        assertThat(delivery.path("timeToRestoreHours").asDouble()).isEqualTo(2.0);
    }

    @Test
    void deliveryWithoutDeploymentsHasZeroFrequencyAndNoOtherFigures() {
        JsonNode delivery = get("/stats/delivery?projectId=p3" + RANGE);

        assertThat(delivery.path("deploymentFrequencyPerDay").asDouble()).isZero();
        assertThat(delivery.path("leadTimeHours").isNull()).isTrue();
        assertThat(delivery.path("changeFailureRate").isNull()).isTrue();
        assertThat(delivery.path("timeToRestoreHours").isNull()).isTrue();
    }

    private JsonNode get(String pathAndQuery) {
        Api.Response response = api().get(pathAndQuery, viewerToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertBucket(JsonNode bucket, String time, long succeeded, long failed, long cancelled) {
        assertThat(bucket.path("time").asString()).isEqualTo(time);
        assertThat(new long[] {
                    bucket.path("succeeded").asLong(),
                    bucket.path("failed").asLong(),
                    bucket.path("cancelled").asLong()
                })
                .as(time)
                .containsExactly(succeeded, failed, cancelled);
    }

    private void publishJob(String jobId, String project, String status, String finishedAt, long durationMs) {
        streams().publish(EXECUTIONS, job(jobId, project, status, finishedAt, durationMs));
    }

    private void publishDeployment(
            String id, String project, String environment, String status, String committedAt, String deployedAt) {
        streams().publish(DEPLOYMENTS, deployment(id, project, environment, status, committedAt, deployedAt));
    }
}
