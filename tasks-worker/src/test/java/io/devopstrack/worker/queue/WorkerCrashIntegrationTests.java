package io.devopstrack.worker.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.jobs.Stage;
import io.devopstrack.jobs.StageStatus;
import io.devopstrack.jobs.redis.RedisKeys;
import io.devopstrack.testsupport.TestRedis;
import io.devopstrack.worker.TasksWorkerApplication;
import io.devopstrack.worker.support.TestJobs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A worker killed with SIGKILL in the middle of a job loses nothing: its entry stays pending, another
 * worker reclaims it once it has been idle long enough, and the job finishes exactly once.
 */
@Tag(TestRedis.TAG)
class WorkerCrashIntegrationTests {

    private static final String DATABASE = TestRedis.tasksDatabase();
    private final String prefix = "test-crash-" + UUID.randomUUID() + ":";
    private final List<Process> processes = new ArrayList<>();
    private final LettuceConnectionFactory connections = connections();
    private final StringRedisTemplate redis = new StringRedisTemplate(connections);
    private ConfigurableApplicationContext survivor;

    @AfterEach
    void stopWorkers() {
        processes.forEach(Process::destroyForcibly);
        if (survivor != null) {
            survivor.close();
        }
        new TestJobs(redis, prefix).deleteAll();
        connections.destroy();
    }

    @Test
    void aJobWhoseWorkerIsKilledMidJobIsReclaimedAndFinishedOnceByAnotherWorker() throws Exception {
        TestJobs jobs = new TestJobs(redis, prefix);
        Job job = jobs.enqueue(TestJobs.queued());
        Process doomed = startWorkerProcess();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> jobs.read(job.id()).status() == JobStatus.RUNNING);
        assertThat(pendingOwner()).startsWith("doomed-");

        doomed.destroyForcibly().waitFor();
        survivor = startWorkerInProcess();

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> jobs.read(job.id()).status().isFinished());
        Job done = jobs.read(job.id());
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.stages()).extracting(Stage::status).containsOnly(StageStatus.SUCCEEDED);
        List<Map<Object, Object>> records = jobs.executions(job.id());
        assertThat(records).filteredOn(r -> r.get("kind").equals("job")).hasSize(1);
        assertThat(records)
                .filteredOn(r -> r.get("kind").equals("stage"))
                .extracting(r -> r.get("stage"))
                .containsExactlyElementsOf(TestJobs.STAGES);
        assertThat(pendingOwnerOrNone()).isEmpty();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> redis.opsForStream().size(new RedisKeys(prefix).queue()) == 0);
    }

    private String pendingOwner() {
        return pendingOwnerOrNone().orElseThrow();
    }

    private java.util.Optional<String> pendingOwnerOrNone() {
        var pending = redis.opsForStream().pending(new RedisKeys(prefix).queue(), "workers");
        return pending.getPendingMessagesPerConsumer().entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static LettuceConnectionFactory connections() {
        LettuceConnectionFactory factory;
        if (TestRedis.cluster()) {
            factory = new LettuceConnectionFactory(new RedisClusterConfiguration(
                    List.of(TestRedis.clusterNodes().split(","))));
        } else {
            var config = new RedisStandaloneConfiguration("127.0.0.1", 6379);
            config.setDatabase(Integer.parseInt(DATABASE));
            factory = new LettuceConnectionFactory(config);
        }
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    /** The worker that dies: a JVM of its own, slow stages, so that SIGKILL surely lands mid-job. */
    private Process startWorkerProcess() throws IOException {
        Path log = Files.createTempFile("doomed-worker", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                TasksWorkerApplication.class.getName(),
                "--server.port=0"));
        command.addAll(TestRedis.arguments(DATABASE));
        command.addAll(List.of(
                "--devopstrack.worker.key-prefix=" + prefix,
                "--devopstrack.worker.consumer-name=doomed-" + UUID.randomUUID(),
                "--devopstrack.worker.stage-min-ms=1500",
                "--devopstrack.worker.stage-max-ms=1500",
                "--devopstrack.worker.failure-rate=0",
                "--devopstrack.worker.lease-ms=1000",
                "--devopstrack.worker.reclaim-idle-ms=2000"));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    /** The worker that survives: in this JVM, quick stages, a short reclaim time. */
    private ConfigurableApplicationContext startWorkerInProcess() {
        List<String> arguments = new ArrayList<>(TestRedis.arguments(DATABASE));
        arguments.addAll(List.of(
                "--server.port=0",
                "--devopstrack.worker.key-prefix=" + prefix,
                "--devopstrack.worker.stage-min-ms=10",
                "--devopstrack.worker.stage-max-ms=10",
                "--devopstrack.worker.failure-rate=0",
                "--devopstrack.worker.lease-ms=1000",
                "--devopstrack.worker.reclaim-idle-ms=2000"));
        return new SpringApplicationBuilder(TasksWorkerApplication.class).run(arguments.toArray(String[]::new));
    }
}
