package io.devopstrack.projects.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.deployment.DeploymentStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitHubMapperTests {

    @Test
    void aCompletedWorkflowRunIsAFinishedRunWithItsCommitTime() {
        List<NormalizedEvent> events =
                GitHubMapper.map("workflow_run", Fixtures.json("github/workflow_run.completed.json"));

        assertThat(events).first().isInstanceOfSatisfying(RunEvent.class, run -> {
            assertThat(run.run().externalId()).isEqualTo("289782451");
            assertThat(run.run().attempt()).isEqualTo(1);
            assertThat(run.progress().status()).isEqualTo("SUCCEEDED");
            assertThat(run.run().pipeline()).isNotBlank();
            assertThat(run.run().commit()).isEqualTo("3484a3fb816e0859fd6e1cea078d76385ff50625");
            assertThat(run.externalUrl()).startsWith("https://github.com/octo-org/octo-repo/actions/runs/");
            assertThat(run.progress().finishedAt()).isEqualTo(Instant.parse("2020-10-05T16:33:49Z"));
            assertThat(run.progress().updatedAt()).isEqualTo(run.progress().finishedAt());
        });
        assertThat(events).filteredOn(CommitSeen.class::isInstance).hasSize(1);
    }

    @Test
    void aRequestedWorkflowRunIsQueuedAndNotStarted() {
        RunEvent run =
                Fixtures.first(GitHubMapper::map, "workflow_run", "github/workflow_run.requested.json", RunEvent.class);

        assertThat(run.progress().status()).isEqualTo("QUEUED");
        assertThat(run.progress().startedAt()).isNull();
        assertThat(run.progress().finishedAt()).isNull();
    }

    @Test
    void aWorkflowJobIsAStageOfItsRun() {
        StageEvent failed = Fixtures.first(
                GitHubMapper::map, "workflow_job", "github/workflow_job.completed.json", StageEvent.class);
        StageEvent running = Fixtures.first(
                GitHubMapper::map, "workflow_job", "github/workflow_job.in_progress.json", StageEvent.class);

        assertThat(failed.run().externalId()).isEqualTo("2202229078");
        assertThat(failed.name()).isEqualTo("linters");
        assertThat(failed.progress().status()).isEqualTo("FAILED");
        assertThat(failed.progress().finishedAt()).isEqualTo(Instant.parse("2021-08-05T10:38:16Z"));
        assertThat(failed.run().pipeline()).isEqualTo("CodeQL");
        assertThat(running.progress().status()).isEqualTo("RUNNING");
        assertThat(running.progress().finishedAt()).isNull();
    }

    @Test
    void aPushTeachesTheTimeOfEachCommit() {
        assertThat(GitHubMapper.map("push", Fixtures.json("github/push.json")))
                .containsExactly(new CommitSeen(
                        "6113728f27ae82c7b1a177c8d03f9e96e0adf246", Instant.parse("2019-05-15T15:19:25Z")));
    }

    @Test
    void aSuccessfulDeploymentStatusIsADeploymentToItsEnvironment() {
        DeploymentSeen deployment = Fixtures.first(
                GitHubMapper::map, "deployment_status", "github/deployment_status.json", DeploymentSeen.class);

        assertThat(deployment.externalId()).isEqualTo("145988746");
        assertThat(deployment.environment()).isEqualTo("production");
        assertThat(deployment.commit()).isEqualTo("f95f852bd8fca8fcc58a9a2d6c842781e32a215e");
        assertThat(deployment.status()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(deployment.deployedAt()).isEqualTo(Instant.parse("2019-05-15T15:20:55Z"));
    }

    @Test
    void aPingMeansNothing() {
        assertThat(GitHubMapper.map("ping", Fixtures.json("github/ping.json"))).isEmpty();
    }
}
