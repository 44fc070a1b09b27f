package io.devopstrack.projects.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.deployment.DeploymentStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitLabMapperTests {

    @Test
    void gitLabsOwnTimeFormatAndIso8601AreBothRead() {
        assertThat(SourceTimes.parse("2026-03-01 10:00:00 UTC")).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(SourceTimes.parse("2021-04-28 21:50:00 +0200")).isEqualTo(Instant.parse("2021-04-28T19:50:00Z"));
        assertThat(SourceTimes.parse("2016-08-12T17:23:21+02:00")).isEqualTo(Instant.parse("2016-08-12T15:23:21Z"));
        assertThat(SourceTimes.parse("2021-02-23T02:41:37.886Z")).isEqualTo(Instant.parse("2021-02-23T02:41:37.886Z"));
        assertThat(SourceTimes.parse("yesterday")).isNull();
    }

    @Test
    void aPipelineHookIsARunWithItsBuildsAsStagesAndItsCommitTime() {
        List<NormalizedEvent> events = GitLabMapper.map("Pipeline Hook", Fixtures.json("gitlab/pipeline.json"));

        RunEvent run = (RunEvent) events.get(0);
        assertThat(run.run().externalId()).isEqualTo("31");
        assertThat(run.progress().status()).isEqualTo("SUCCEEDED");
        assertThat(run.createdAt()).isEqualTo(Instant.parse("2016-08-12T15:23:28Z"));
        assertThat(run.progress().startedAt()).isEqualTo(Instant.parse("2016-08-12T15:24:56Z"));
        assertThat(run.progress().finishedAt()).isEqualTo(Instant.parse("2016-08-12T15:26:29Z"));
        assertThat(run.triggeredBy()).isEqualTo("root");
        assertThat(events)
                .filteredOn(StageEvent.class::isInstance)
                .extracting(e -> ((StageEvent) e).progress().status())
                .containsExactly("SKIPPED", "SUCCEEDED", "SUCCEEDED");
        assertThat(events)
                .contains(new CommitSeen(
                        "bcbb5ec396a2c0f828686f14fac9b80b780504f2", Instant.parse("2016-08-12T15:23:21Z")));
    }

    @Test
    void aJobHookIsAStageOfItsPipeline() {
        StageEvent stage = Fixtures.first(GitLabMapper::map, "Job Hook", "gitlab/job.json", StageEvent.class);

        assertThat(stage.run().externalId()).isEqualTo("2366");
        assertThat(stage.stageId()).isEqualTo("1977");
        assertThat(stage.progress().status()).isEqualTo("QUEUED");
        assertThat(stage.externalUrl()).isEqualTo("http://192.168.64.1:3005/gitlab-org/gitlab-test/-/jobs/1977");
        assertThat(stage.progress().updatedAt()).isEqualTo(Instant.parse("2021-02-23T02:41:37.886Z"));
    }

    @Test
    void aDeploymentHookNamesTheFullShaFromItsCommitUrl() {
        DeploymentSeen deployment =
                Fixtures.first(GitLabMapper::map, "Deployment Hook", "gitlab/deployment.json", DeploymentSeen.class);

        assertThat(deployment.environment()).isEqualTo("staging");
        assertThat(deployment.commit()).isEqualTo("279484c09fbe69ededfced8c1bb6e6d24616b468");
        assertThat(deployment.status()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(deployment.deployedAt()).isEqualTo(Instant.parse("2021-04-28T19:50:00Z"));
    }

    @Test
    void aPushHookTeachesEachCommitsTime() {
        assertThat(GitLabMapper.map("Push Hook", Fixtures.json("gitlab/push.json")))
                .hasSize(2)
                .contains(new CommitSeen(
                        "da1560886d4f094c3e6c9ef40349f7d38b5d27d7", Instant.parse("2012-01-03T21:36:29Z")));
    }
}
