package io.devopstrack.metrics.ingestion;

import static io.devopstrack.metrics.support.Events.deployment;
import static io.devopstrack.metrics.support.Events.job;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.metrics.support.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IngestionIntegrationTests extends IntegrationTest {

    @Autowired
    private MeterRegistry meters;

    @Test
    void anEventDeliveredTwiceInOneBatchIsStoredOnce() {
        Map<String, String> event = job("dup-1", "p1", "SUCCEEDED", "2025-05-01T10:00:00.123Z", 1_500);
        streams().publish(EXECUTIONS, event);
        streams().publish(EXECUTIONS, event);

        streams().awaitStored(EXECUTIONS);

        assertStoredAndCountedOnce();
    }

    @Test
    void anEventDeliveredAgainAfterItWasStoredIsNotCountedTwice() {
        Map<String, String> event = job("dup-2", "p1", "FAILED", "2025-05-01T10:00:00Z", 900);
        streams().publish(EXECUTIONS, event);
        streams().awaitStored(EXECUTIONS);

        streams().publish(EXECUTIONS, event);
        streams().awaitStored(EXECUTIONS);

        assertStoredAndCountedOnce();
    }

    @Test
    void twoJobsFinishingInTheSameMillisecondAreTwoPoints() {
        streams().publish(EXECUTIONS, job("same-ms-a", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100));
        streams().publish(EXECUTIONS, job("same-ms-b", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100));

        streams().awaitStored(EXECUTIONS);

        assertThat(influx.count("job_runs", "duration_ms")).isEqualTo(2);
    }

    @Test
    void aDeploymentRedeliveredIsStoredOnce() {
        Map<String, String> event =
                deployment("dep-1", "p1", "prod", "SUCCEEDED", "2025-05-01T08:00:00Z", "2025-05-01T10:00:00Z");
        streams().publish(DEPLOYMENTS, event);
        streams().publish(DEPLOYMENTS, event);

        streams().awaitStored(DEPLOYMENTS);

        assertThat(influx.count("deployments", "lead_time_ms")).isEqualTo(1);
    }

    @Test
    void aMalformedEventIsSkippedAndDoesNotBlockTheOnesAfterIt() {
        double rejectedBefore =
                meters.counter("devopstrack.ingestion.rejected.events").count();
        Map<String, String> malformed = job("bad-1", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100);
        malformed.put("finishedAt", "yesterday");
        streams().publish(EXECUTIONS, malformed);
        streams().publish(EXECUTIONS, job("good-1", "p1", "SUCCEEDED", "2025-05-01T10:00:01Z", 100));

        streams().awaitStored(EXECUTIONS);

        assertThat(influx.count("job_runs", "duration_ms")).isEqualTo(1);
        assertThat(meters.counter("devopstrack.ingestion.rejected.events").count())
                .isEqualTo(rejectedBefore + 1);
    }

    @Test
    void storedPointsAreCountedInTheIngestedPointsMeter() {
        double before = meters.counter("devopstrack.ingested.points").count();
        streams().publish(EXECUTIONS, job("counted-1", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100));
        streams().publish(EXECUTIONS, job("counted-2", "p1", "SUCCEEDED", "2025-05-01T10:00:01Z", 100));

        streams().awaitStored(EXECUTIONS);

        assertThat(meters.counter("devopstrack.ingested.points").count()).isEqualTo(before + 2);
    }

    @Test
    void aFinishedExternalRunCountsInTheSummaryIsTaggedWithItsSourceAndCountedBySource() {
        double before = finishedJobs("github", "FAILED");
        Map<String, String> external = job("external-1", "p1", "FAILED", "2025-05-01T10:00:00Z", 60_000);
        external.put("source", "github");
        streams().publish(EXECUTIONS, job("simulated-1", "p1", "SUCCEEDED", "2025-05-01T10:00:01Z", 100));
        streams().publish(EXECUTIONS, external);

        streams().awaitStored(EXECUTIONS);

        assertThat(summaryTotal()).isEqualTo(2);
        assertThat(jobRunsTagged("github")).isEqualTo(1);
        assertThat(jobRunsTagged("simulated")).isEqualTo(1);
        assertThat(finishedJobs("github", "FAILED")).isEqualTo(before + 1);
        assertThat(finishedJobs("simulated", "SUCCEEDED")).isPositive();
    }

    @Test
    void anEventLeftPendingByADeadConsumerIsReclaimedAndStored() {
        streams().publishToADeadConsumer(EXECUTIONS, job("orphan-1", "p1", "SUCCEEDED", "2025-05-01T10:00:00Z", 100));
        assertThat(streams().backlog(EXECUTIONS)).isEqualTo(1);

        streams().awaitStored(EXECUTIONS);

        assertThat(influx.count("job_runs", "duration_ms")).isEqualTo(1);
    }

    /** One point in InfluxDB, and one job in the summary. */
    private void assertStoredAndCountedOnce() {
        assertThat(influx.count("job_runs", "duration_ms")).isEqualTo(1);
        assertThat(summaryTotal()).isEqualTo(1);
    }

    private long jobRunsTagged(String source) {
        return influx.query("SELECT count(duration_ms) FROM job_runs WHERE source = '" + source + "'")
                .path("results")
                .path(0)
                .path("series")
                .path(0)
                .path("values")
                .path(0)
                .path(1)
                .asLong();
    }

    private double finishedJobs(String source, String status) {
        var counter = meters.find("devopstrack.ingested.jobs")
                .tags("source", source, "status", status)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private long summaryTotal() {
        return api().get("/stats/summary?projectId=p1&from=2025-05-01T00:00:00Z&to=2025-05-02T00:00:00Z", viewerToken())
                .json()
                .path("total")
                .asLong();
    }
}
