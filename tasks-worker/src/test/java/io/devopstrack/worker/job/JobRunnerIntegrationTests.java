package io.devopstrack.worker.job;

import static io.devopstrack.jobs.StageStatus.CANCELLED;
import static io.devopstrack.jobs.StageStatus.FAILED;
import static io.devopstrack.jobs.StageStatus.RUNNING;
import static io.devopstrack.jobs.StageStatus.SKIPPED;
import static io.devopstrack.jobs.StageStatus.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.jobs.Stage;
import io.devopstrack.jobs.StageStatus;
import io.devopstrack.worker.config.WorkerProperties;
import io.devopstrack.worker.support.TestJobs;
import io.devopstrack.worker.support.WorkerIntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The worker's side of the state machine, step by step, against the real Redis. */
class JobRunnerIntegrationTests extends WorkerIntegrationTest {

    @Autowired
    private JobStore store;

    @Autowired
    private JobMetrics metrics;

    @Autowired
    private Clock clock;

    @Autowired
    private WorkerProperties properties;

    private final String owner = "test-runner-" + UUID.randomUUID();

    @Test
    void aQueuedJobRunsEveryStageAndSucceedsWithOneRecordPerStageAndOneForTheJob() throws Exception {
        Job job = jobs().store(TestJobs.queued());

        runner(new ScriptedStages()).run(claim(job), owner, "");

        Job done = jobs().read(job.id());
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.stages()).extracting(Stage::status).containsOnly(SUCCEEDED);
        assertThat(done.stages())
                .allSatisfy(stage -> assertThat(stage.finishedAt()).isAfterOrEqualTo(stage.startedAt()));
        assertThat(done.startedAt()).isNotNull();
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(done.version()).isEqualTo(1 + 1 + 5);
        List<Map<Object, Object>> records = jobs().executions(job.id());
        assertThat(records)
                .extracting(r -> r.get("kind") + ":" + r.get("stage") + ":" + r.get("status"))
                .containsExactly(
                        "stage:checkout:SUCCEEDED",
                        "stage:build:SUCCEEDED",
                        "stage:test:SUCCEEDED",
                        "stage:package:SUCCEEDED",
                        "stage:deploy:SUCCEEDED",
                        "job::SUCCEEDED");
        assertThat(records.get(5))
                .containsEntry("projectId", "project-1")
                .containsEntry("ref", "main")
                .containsEntry("attempt", "1")
                .containsKeys("startedAt", "finishedAt", "durationMs");
        assertThat(Instant.parse((String) records.get(5).get("finishedAt"))).isEqualTo(done.finishedAt());
        // what queue time and flaky-run detection need: creation time, and for a simulated job its ref as commit
        assertThat(records.get(5))
                .containsEntry("createdAt", done.createdAt().toString())
                .containsEntry("pipeline", "simulated")
                .containsEntry("commit", "main");
    }

    @Test
    void textThatLooksLikeAVersionInsideTheDocumentDoesNotFoolTheCompareAndSet() throws Exception {
        Job template = TestJobs.queued();
        String lookalike = "\"version\":0,\"status\":\"QUEUED\"";
        Job job = jobs().store(Job.queued(
                template.id(),
                template.projectId(),
                "ref-" + lookalike,
                List.of("build " + lookalike),
                template.attempt(),
                null,
                lookalike,
                template.createdAt()));

        runner(new ScriptedStages()).run(claim(job), owner, "");

        Job done = jobs().read(job.id());
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.version()).isEqualTo(1 + 1 + 1);
        assertThat(redis.opsForZSet().score(KEYS.index(null, "SUCCEEDED"), job.id()))
                .isNotNull();
        assertThat(redis.opsForZSet().score(KEYS.index(null, "RUNNING"), job.id()))
                .isNull();
        assertThat(redis.opsForZSet().score(KEYS.index(null, "QUEUED"), job.id()))
                .isNull();
    }

    @Test
    void aFailingStageFailsTheJobAndSkipsTheRest() throws Exception {
        Job job = jobs().store(TestJobs.queued());

        runner(new ScriptedStages().failing("test")).run(claim(job), owner, "");

        assertStoredAs(job, JobStatus.FAILED, SUCCEEDED, SUCCEEDED, FAILED, SKIPPED, SKIPPED);
        assertThat(jobs().executions(job.id()))
                .extracting(r -> r.get("kind") + ":" + r.get("status"))
                .containsExactly("stage:SUCCEEDED", "stage:SUCCEEDED", "stage:FAILED", "job:FAILED");
    }

    @Test
    void aCancelRequestedDuringAStageStopsTheJobAtTheNextStageBoundary() throws Exception {
        Job job = jobs().store(TestJobs.queued());
        ScriptedStages stages = new ScriptedStages().during("build", stage -> requestCancel(job.id()));

        runner(stages).run(claim(job), owner, "");

        assertStoredAs(job, JobStatus.CANCELLED, SUCCEEDED, SUCCEEDED, CANCELLED, CANCELLED, CANCELLED);
        assertThat(stages.ran).containsExactly("checkout", "build");
        assertThat(jobs().executions(job.id()))
                .extracting(r -> r.get("kind") + ":" + r.get("status"))
                .endsWith("job:CANCELLED");
    }

    @Test
    void aJobCancelledWhileQueuedNeverStarts() throws Exception {
        Job queued = TestJobs.queued();
        Job cancelled = jobs().store(queued.cancelledBeforeStart(Instant.now()));
        ScriptedStages stages = new ScriptedStages();

        runner(stages).run(claim(cancelled), owner, "");

        assertThat(stages.ran).isEmpty();
        assertThat(jobs().read(cancelled.id()).version()).isEqualTo(2);
        assertThat(jobs().executions(cancelled.id())).isEmpty();
    }

    @Test
    void aJobLeftRunningByADeadWorkerResumesAtItsUnfinishedStage() throws Exception {
        Job queued = TestJobs.queued();
        Instant then = Instant.now().minusSeconds(60);
        List<Stage> left = new ArrayList<>(queued.stages());
        left.set(0, new Stage("checkout", SUCCEEDED, then, then.plusSeconds(1)));
        left.set(1, new Stage("build", RUNNING, then.plusSeconds(1), null));
        Job running = jobs().store(queued.with(JobStatus.RUNNING, left, then, null, then));
        ScriptedStages stages = new ScriptedStages();

        runner(stages).run(claim(running), owner, "");

        Job done = jobs().read(running.id());
        assertThat(stages.ran).containsExactly("build", "test", "package", "deploy");
        assertThat(done.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(done.startedAt()).isEqualTo(then);
        assertThat(done.stages().get(1).startedAt()).isAfter(then.plusSeconds(1));
        assertThat(jobs().executions(running.id()))
                .extracting(r -> r.get("stage"))
                .containsExactly("build", "test", "package", "deploy", "");
    }

    @Test
    void aRunnerThatLostItsLeaseWritesNothing() throws Exception {
        Job job = jobs().store(TestJobs.queued());
        Job claimed = claim(job);
        redis.opsForValue().set(KEYS.lease(job.id()), "another-worker");

        assertThatThrownBy(() -> runner(new ScriptedStages()).run(claimed, owner, ""))
                .isInstanceOf(LeaseLost.class);
        assertThat(jobs().read(job.id()).status()).isEqualTo(JobStatus.QUEUED);
        assertThat(jobs().executions(job.id())).isEmpty();
    }

    @Test
    void aSecondClaimOfARunningJobIsRefused() {
        Job job = jobs().store(TestJobs.queued());
        claim(job);

        assertThat(store.claim(job.id(), "someone-else")).isInstanceOf(JobStore.Claim.HeldByAnother.class);
        assertThat(store.claim(UUID.randomUUID().toString(), "someone-else")).isInstanceOf(JobStore.Claim.Gone.class);
    }

    private Job claim(Job job) {
        JobStore.Claim claim = store.claim(job.id(), owner);
        assertThat(claim).isInstanceOf(JobStore.Claim.Taken.class);
        return ((JobStore.Claim.Taken) claim).job();
    }

    private JobRunner runner(StageSimulator stages) {
        return new JobRunner(store, stages, metrics, clock);
    }

    /** What tasks-service's cancel does to a running job: one compare-and-set write of the flag. */
    /** The job as stored: ended {@code status}, its stages, in order, {@code stages}. */
    private void assertStoredAs(Job job, JobStatus status, StageStatus... stages) {
        Job done = jobs().read(job.id());
        assertThat(done.status()).isEqualTo(status);
        assertThat(done.stages()).extracting(Stage::status).containsExactly(stages);
    }

    private void requestCancel(String id) {
        Job job = jobs().read(id);
        jobs().store(job.withCancelRequested(Instant.now()));
    }

    /** Stage outcomes decided by the test instead of at random. */
    private final class ScriptedStages extends StageSimulator {

        final List<String> ran = new ArrayList<>();
        private final Map<String, Boolean> outcomes = new HashMap<>();
        private final Map<String, Consumer<String>> hooks = new HashMap<>();

        ScriptedStages() {
            super(properties);
        }

        ScriptedStages failing(String stage) {
            outcomes.put(stage, false);
            return this;
        }

        ScriptedStages during(String stage, Consumer<String> hook) {
            hooks.put(stage, hook);
            return this;
        }

        @Override
        public boolean run(String stage) {
            ran.add(stage);
            hooks.getOrDefault(stage, s -> {}).accept(stage);
            return outcomes.getOrDefault(stage, true);
        }
    }
}
