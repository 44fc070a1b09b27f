package io.devopstrack.projects.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.deployment.DeploymentStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CdEventsMapperTests {

    private static final Instant AT = Instant.parse("2023-03-20T14:27:05.315384Z");

    @Test
    void pipelineRunEventsOfSpec04AreARunsStates() {
        RunEvent queued = run("cdevents/pipelinerun_queued.0.4.json");
        RunEvent finished = run("cdevents/pipelinerun_finished.0.4.json");

        assertThat(queued.progress().status()).isEqualTo("QUEUED");
        assertThat(queued.createdAt()).isEqualTo(AT);
        assertThat(finished.run().externalId()).isEqualTo("mySubject123");
        assertThat(finished.run().pipeline()).isEqualTo("myPipeline");
        assertThat(finished.progress().status()).isEqualTo("FAILED");
        assertThat(finished.progress().finishedAt()).isEqualTo(AT);
    }

    @Test
    void pipelineRunEventsOfSpec03AreReadToo() {
        assertThat(run("cdevents/pipelinerun_started.0.3.json").progress().status())
                .isEqualTo("RUNNING");
        assertThat(run("cdevents/pipelinerun_finished.0.3.json").progress().status())
                .isIn("SUCCEEDED", "FAILED");
    }

    @Test
    void aTaskRunIsAStageOfItsPipelineRun() {
        StageEvent stage = firstMapped("cdevents/taskrun_finished.0.4.json", StageEvent.class);

        assertThat(stage.run().externalId()).isEqualTo("mySubject123");
        assertThat(stage.name()).isEqualTo("myTask");
        assertThat(stage.progress().status()).isEqualTo("FAILED");
    }

    @Test
    void aServiceRolledBackIsARolledBackDeploymentWithTheArtifactsVersion() {
        DeploymentSeen deployment = firstMapped("cdevents/service_rolledback.0.4.json", DeploymentSeen.class);

        assertThat(deployment.environment()).isEqualTo("test123");
        assertThat(deployment.status()).isEqualTo(DeploymentStatus.ROLLED_BACK);
        assertThat(deployment.version()).startsWith("sha256:0b31b1c0");
        assertThat(deployment.deployedAt()).isEqualTo(AT);
    }

    @Test
    void aChangeMergedTeachesACommitTimeOnlyWhenItNamesTheCommit() {
        ObjectNode event = (ObjectNode) Fixtures.json("cdevents/change_merged.0.4.json");
        String type = event.path("context").path("type").asString();
        assertThat(CdEventsMapper.map(type, event)).isEmpty();

        event.putObject("customData").put("commit", "abcdef1234567");

        assertThat(CdEventsMapper.map(type, event)).containsExactly(new CommitSeen("abcdef1234567", AT));
    }

    private static RunEvent run(String fixture) {
        return firstMapped(fixture, RunEvent.class);
    }

    /** The first event CdEventsMapper reads from the fixture, under the type its context names. */
    private static <T> T firstMapped(String fixture, Class<T> kind) {
        JsonNode event = Fixtures.json(fixture);
        return kind.cast(CdEventsMapper.map(event.path("context").path("type").asString(), event)
                .get(0));
    }
}
