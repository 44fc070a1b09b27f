package io.devopstrack.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The transitions both apps compute from a stored job. */
class JobTests {

    private static final Instant CREATED = Instant.parse("2026-11-25T16:20:00Z");
    private static final Instant LATER = CREATED.plusSeconds(5);

    @Test
    void aNewJobIsQueuedAtVersionOneWithEveryStagePending() {
        Job job = Job.queued(
                UUID.randomUUID().toString(), "project-1", "main", List.of("build", "test"), 1, null, "alice", CREATED);

        assertThat(job.status()).isEqualTo(JobStatus.QUEUED);
        assertThat(job.version()).isEqualTo(1);
        assertThat(job.stages()).extracting(Stage::status).containsExactly(StageStatus.PENDING, StageStatus.PENDING);
        assertThat(job.createdAt()).isEqualTo(CREATED).isEqualTo(job.updatedAt());
    }

    @Test
    void aRetryIsANewQueuedJobWithTheNextAttemptThatPointsAtTheFirst() {
        Job first = Job.queued(
                UUID.randomUUID().toString(), "project-1", "main", List.of("build"), 1, null, "alice", CREATED);

        Job retry = first.retried("bob", LATER);

        assertThat(retry.id()).isNotEqualTo(first.id());
        assertThat(retry.attempt()).isEqualTo(2);
        assertThat(retry.retryOf()).isEqualTo(first.id());
        assertThat(retry.createdBy()).isEqualTo("bob");
        assertThat(retry.stages()).extracting(Stage::name).containsExactly("build");
    }

    @Test
    void aQueuedJobCancelledBeforeStartHasEveryStageCancelledAndIsFinishedAtOnce() {
        Job job = Job.queued(
                UUID.randomUUID().toString(), "project-1", "main", List.of("build", "test"), 1, null, "alice", CREATED);

        Job cancelled = job.cancelledBeforeStart(LATER);

        assertThat(cancelled.status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(cancelled.stages()).extracting(Stage::status).containsOnly(StageStatus.CANCELLED);
        assertThat(cancelled.finishedAt()).isEqualTo(LATER);
        assertThat(cancelled.startedAt()).isNull();
        assertThat(cancelled.version()).isEqualTo(2);
    }

    @Test
    void aWorkerStepKeepsACancelRequestMadeMeanwhile() {
        Job asked = Job.queued(
                        UUID.randomUUID().toString(), "project-1", "main", List.of("build"), 1, null, "alice", CREATED)
                .withCancelRequested(LATER);

        Job step = asked.with(JobStatus.RUNNING, List.of(asked.stages().get(0).start(LATER)), LATER, null, LATER);

        assertThat(step.cancelRequested()).isTrue();
        assertThat(step.version()).isEqualTo(3);
    }

    @Test
    void theFirstUnfinishedStageIsWhereARunResumes() {
        Job job = Job.queued(
                        "job-1", "project-1", "main", List.of("checkout", "build", "test"), 1, null, "alice", CREATED)
                .with(
                        JobStatus.RUNNING,
                        List.of(
                                new Stage("checkout", StageStatus.SUCCEEDED, CREATED, LATER),
                                new Stage("build", StageStatus.RUNNING, LATER, null),
                                new Stage("test", StageStatus.PENDING, null, null)),
                        CREATED,
                        null,
                        LATER);

        assertThat(job.firstUnfinishedStage()).isEqualTo(1);
        assertThat(job.with(
                                JobStatus.SUCCEEDED,
                                job.stages().stream()
                                        .map(stage -> stage.finish(StageStatus.SUCCEEDED, LATER))
                                        .toList(),
                                CREATED,
                                LATER,
                                LATER)
                        .firstUnfinishedStage())
                .isEqualTo(-1);
    }
}
