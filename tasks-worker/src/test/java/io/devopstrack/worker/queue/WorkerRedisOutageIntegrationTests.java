package io.devopstrack.worker.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.platform.lifecycle.BackgroundWork;
import io.devopstrack.testsupport.ClosedPorts;
import io.devopstrack.testsupport.PrivateRedis;
import io.devopstrack.worker.TasksWorkerApplication;
import io.devopstrack.worker.support.TestJobs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Redis away: the worker reports it on /healthz, waits, reconnects and goes on taking jobs. */
class WorkerRedisOutageIntegrationTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withRedisOnAClosedPortTheWorkerStartsAndHealthIs503NamingRedis() throws Exception {
        try (ConfigurableApplicationContext worker = start(ClosedPorts.any())) {
            HttpResponse<String> health = get(worker, "/healthz");

            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"redis\":{\"status\":\"DOWN\"}");
            assertThat(get(worker, "/metrics").body()).contains("application=\"tasks-worker\"");
            assertThat(worker.getBean(BackgroundWork.class).isRunning()).isTrue();
        }
    }

    @Test
    void theWorkerSurvivesRedisGoingAwayAndTakesJobsAgainWhenItIsBack() throws Exception {
        try (PrivateRedis redis = new PrivateRedis().start();
                ConfigurableApplicationContext worker = start(redis.port())) {
            TestJobs jobs = new TestJobs(worker.getBean(StringRedisTemplate.class), "devopstrack:");
            Job before = jobs.enqueue(TestJobs.queued());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> jobs.read(before.id()).status() == JobStatus.SUCCEEDED);

            redis.stop();
            Awaitility.await()
                    .atMost(Duration.ofSeconds(20))
                    .until(() -> get(worker, "/healthz").statusCode() == 503);
            redis.start();

            // The restarted server has no data (no persistence): the worker must recreate its group and go on.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> get(worker, "/healthz").statusCode() == 200);
            Job after = jobs.enqueue(TestJobs.queued());
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .ignoreExceptions()
                    .until(() -> jobs.read(after.id()).status() == JobStatus.SUCCEEDED);
            assertThat(worker.getBean(BackgroundWork.class).isRunning()).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(int redisPort) {
        return new SpringApplicationBuilder(TasksWorkerApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.data.redis.port=" + redisPort,
                        "--spring.data.redis.database=0",
                        "--devopstrack.worker.stage-min-ms=1",
                        "--devopstrack.worker.stage-max-ms=1",
                        "--devopstrack.worker.failure-rate=0");
    }

    private HttpResponse<String> get(ConfigurableApplicationContext worker, String path) throws Exception {
        int port = ((WebServerApplicationContext) worker).getWebServer().getPort();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
