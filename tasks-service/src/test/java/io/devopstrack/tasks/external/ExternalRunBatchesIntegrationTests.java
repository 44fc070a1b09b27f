package io.devopstrack.tasks.external;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.events.ExternalRunEvent;
import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.tasks.job.JobStore;
import io.devopstrack.tasks.support.RedisIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.RedisConnection;

/**
 * The consumer's batches ({@link ExternalRuns#applyAll}) against the real Redis: one read and one pipelined write per
 * batch, the same jobs and execution records as event by event, and the one-by-one way when the batch's write does
 * not take.
 */
class ExternalRunBatchesIntegrationTests extends RedisIntegrationTest {

    @Autowired
    private ExternalRuns runs;

    @Autowired
    private JobStore store;

    private RunEvents events;

    @BeforeEach
    void newProject() {
        events = new RunEvents("batch-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void theEventsOfABatchMakeOneWritePerJobWithTheirFinalState() {
        runs.applyAll(runsThatSucceed(20));

        for (String id : jobIds(20)) {
            Job job = store.find(id).orElseThrow();
            assertThat(job.status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(job.version()).as("one write for its three events").isEqualTo(1);
            assertThat(job.startedAt()).isEqualTo(RunEvents.at(1));
            assertThat(job.stages())
                    .extracting(stage -> stage.name() + " " + stage.status())
                    .containsExactly("build SUCCEEDED");
            assertThat(RunEvents.records(redis, KEYS, id))
                    .extracting(r -> r.get("kind"))
                    .containsExactlyInAnyOrder("stage", "job");
        }
    }

    @Test
    void aBatchAppliedAgainChangesNothing() {
        runs.applyAll(runsThatSucceed(5));
        runs.applyAll(runsThatSucceed(5));

        for (String id : jobIds(5)) {
            assertThat(store.find(id).orElseThrow().version()).isEqualTo(1);
            assertThat(RunEvents.records(redis, KEYS, id)).hasSize(2);
        }
    }

    @Test
    void aBatchMovesStoredJobsOnByOneVersion() {
        runs.applyAll(List.of(event(events.run("1", 1, "RUNNING", 1)), event(events.run("2", 1, "QUEUED", 0))));

        runs.applyAll(List.of(
                event(events.stage("1", 1, "11", "build", "SUCCEEDED", 2)),
                event(events.run("2", 1, "RUNNING", 1)),
                event(events.run("1", 1, "SUCCEEDED", 3)),
                event(events.run("2", 1, "FAILED", 4))));

        Job first = store.find(events.jobId("1", 1)).orElseThrow();
        Job second = store.find(events.jobId("2", 1)).orElseThrow();
        assertThat(first.status()).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(first.version()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(JobStatus.FAILED);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.startedAt()).isEqualTo(RunEvents.at(1));
    }

    @Test
    void aBatchIsAppliedOneByOneWhenRedisHasForgottenTheScript() {
        try (RedisConnection connection = redis.getRequiredConnectionFactory().getConnection()) {
            connection.scriptingCommands().scriptFlush();
        }

        runs.applyAll(runsThatSucceed(3));

        for (String id : jobIds(3)) {
            assertThat(store.find(id).orElseThrow().status()).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(RunEvents.records(redis, KEYS, id)).hasSize(2);
        }
    }

    @Test
    void aWriteOfAJobChangedMeanwhileIsNotSavedAndTheOthersAre() {
        runs.applyAll(List.of(event(events.run("1", 1, "RUNNING", 1)), event(events.run("2", 1, "RUNNING", 1))));
        Job changed = store.find(events.jobId("1", 1)).orElseThrow();
        Job existing = store.find(events.jobId("2", 1)).orElseThrow();
        Instant now = RunEvents.at(10);
        Job stale = RunMerge.merge(changed, event(events.run("1", 1, "SUCCEEDED", 3)), now);
        runs.applyAll(List.of(event(events.run("1", 1, "FAILED", 2))));
        Job fresh = RunMerge.create(event(events.run("3", 1, "RUNNING", 1)), now);

        List<Boolean> saved = store.saveAll(List.of(
                new JobStore.JobWrite(JobStatus.RUNNING, stale, List.of()),
                new JobStore.JobWrite(null, existing, List.of()),
                new JobStore.JobWrite(null, fresh, List.of())));

        assertThat(saved).containsExactly(false, false, true);
        assertThat(store.find(changed.id()).orElseThrow().status()).isEqualTo(JobStatus.FAILED);
        assertThat(store.find(fresh.id())).contains(fresh);
    }

    private List<ExternalRunEvent> runsThatSucceed(int count) {
        List<ExternalRunEvent> batch = new ArrayList<>();
        IntStream.rangeClosed(1, count)
                .forEach(run -> batch.add(event(events.run(Integer.toString(run), 1, "RUNNING", 1))));
        IntStream.rangeClosed(1, count)
                .forEach(run ->
                        batch.add(event(events.stage(Integer.toString(run), 1, run + "00", "build", "SUCCEEDED", 2))));
        IntStream.rangeClosed(1, count)
                .forEach(run -> batch.add(event(events.run(Integer.toString(run), 1, "SUCCEEDED", 3))));
        return batch;
    }

    private List<String> jobIds(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(run -> events.jobId(Integer.toString(run), 1))
                .toList();
    }

    private static ExternalRunEvent event(Map<String, String> fields) {
        return ExternalRunEvent.from(fields);
    }
}
