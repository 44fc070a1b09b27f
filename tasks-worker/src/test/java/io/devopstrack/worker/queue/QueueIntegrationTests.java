package io.devopstrack.worker.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.worker.support.TestJobs;
import io.devopstrack.worker.support.WorkerIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class QueueIntegrationTests extends WorkerIntegrationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void queuedJobsAreTakenRunToTheEndAcknowledgedAndRemovedFromTheQueue() {
        List<Job> queued = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            queued.add(jobs().enqueue(TestJobs.queued()));
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        queued.stream().allMatch(job -> jobs().read(job.id()).status() == JobStatus.SUCCEEDED));

        for (Job job : queued) {
            assertThat(jobs().executions(job.id()))
                    .filteredOn(r -> r.get("kind").equals("job"))
                    .hasSize(1);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> redis.opsForStream().size(KEYS.queue()) == 0);
        assertThat(redis.opsForStream().pending(KEYS.queue(), "workers").getTotalPendingMessages())
                .isZero();
    }

    @Test
    void anEntryForAJobThatNoLongerExistsIsAcknowledgedAndDropped() {
        redis.opsForStream().add(KEYS.queue(), java.util.Map.of("jobId", "gone-" + System.nanoTime()));

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> redis.opsForStream().size(KEYS.queue()) == 0);
    }

    @Test
    void metricsNameTheApplicationAndCountJobsStagesAndTheQueue() throws Exception {
        Job job = jobs().enqueue(TestJobs.queued());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> jobs().read(job.id()).status() == JobStatus.SUCCEEDED);

        String metrics = get("/metrics").body();

        assertThat(metrics).contains("application=\"tasks-worker\"");
        assertThat(metrics).containsPattern("devopstrack_jobs_started_total\\{[^}]*} [1-9]");
        assertThat(metrics).containsPattern("devopstrack_jobs_finished_total\\{[^}]*status=\"SUCCEEDED\"[^}]*} [1-9]");
        assertThat(metrics).contains("devopstrack_jobs_finished_total{application=\"tasks-worker\",status=\"FAILED\"}");
        assertThat(metrics)
                .containsPattern(
                        "devopstrack_stage_duration_seconds_bucket\\{[^}]*stage=\"deploy\"[^}]*status=\"SUCCEEDED\"");
        assertThat(metrics).contains("devopstrack_queue_depth{", "devopstrack_queue_pending{");
    }

    @Test
    void healthIsUpWithRedis() throws Exception {
        HttpResponse<String> health = get("/healthz");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"redis\":{\"status\":\"UP\"}");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
