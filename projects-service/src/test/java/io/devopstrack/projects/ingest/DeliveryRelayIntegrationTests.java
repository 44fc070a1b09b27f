package io.devopstrack.projects.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.Integration;
import io.devopstrack.projects.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Signed GitHub deliveries through the public hook path, then the relay, against MongoDB and Redis. */
class DeliveryRelayIntegrationTests extends IntegrationTest {

    private static final String DEPLOYED_SHA = "f95f852bd8fca8fcc58a9a2d6c842781e32a215e";

    @Autowired
    DeliveryRelay relay;

    @Autowired
    ExternalDeploymentRelay deploymentRelay;

    @Autowired
    StringRedisTemplate redis;

    private String projectId;
    private String integrationId;
    private String secret;

    @BeforeEach
    void githubIntegration() {
        for (String collection : List.of(
                Integration.COLLECTION, Delivery.COLLECTION, ExternalDeployment.COLLECTION, CommitTimes.COLLECTION)) {
            mongo.remove(new Query(), collection);
        }
        redis.delete(List.of(TEST_RUNS_STREAM, TEST_STREAM));
        projectId = createProjectId("shop");
        Created github = createIntegration(projectId, "github");
        integrationId = github.id();
        secret = github.secret();
    }

    @Test
    void aWorkflowRunAndItsJobReachTheRunsStream() {
        deliver("workflow_run", "d-1", fixture("workflow_run.completed.json"));
        deliver("workflow_job", "d-2", fixture("workflow_job.completed.json"));

        assertThat(relay.relay()).isEqualTo(2);

        List<Map<Object, Object>> entries = runsStream();
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0))
                .containsEntry("kind", "run")
                .containsEntry("source", "github")
                .containsEntry("projectId", projectId)
                .containsEntry("externalId", "289782451")
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("attempt", "1")
                .containsEntry("deliveryId", "d-1");
        assertThat(entries.get(1))
                .containsEntry("kind", "stage")
                .containsEntry("stage", "linters")
                .containsEntry("status", "FAILED");
        assertThat(mongo.find(Query.query(Criteria.where("pending").is(true)), Delivery.class))
                .isEmpty();
        assertThat(relay.relay()).isZero();
    }

    @Test
    void aDeploymentCreatesItsEnvironmentAndIsCorrectedWhenItsCommitTimeArrives() {
        deliver("deployment_status", "d-1", fixture("deployment_status.json"));
        relay.relay();
        deploymentRelay.relay();

        assertThat(api.get("/projects/" + projectId, maria)
                        .json()
                        .path("environments")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("production");
        Map<Object, Object> first = deploymentsStream().get(0);
        assertThat(first)
                .containsEntry("source", "github")
                .containsEntry("environment", "production")
                .containsEntry("commit", DEPLOYED_SHA)
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("committedAt", "2019-05-15T15:20:55Z");

        String push = new String(fixture("push.json"), StandardCharsets.UTF_8)
                .replace("6113728f27ae82c7b1a177c8d03f9e96e0adf246", DEPLOYED_SHA);
        deliver("push", "d-2", push.getBytes(StandardCharsets.UTF_8));
        relay.relay();
        deploymentRelay.relay();

        List<Map<Object, Object>> sent = deploymentsStream();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(1))
                .containsEntry("deploymentId", first.get("deploymentId"))
                .containsEntry("committedAt", "2019-05-15T15:19:25Z");
    }

    @Test
    void aDeliveryClaimedByAServiceThatDiedIsDoneAfterItsClaimExpires() {
        deliver("workflow_run", "d-1", fixture("workflow_run.completed.json"));
        mongo.updateMulti(
                new Query(), new Update().set("claimedUntil", Instant.now().minusSeconds(1)), Delivery.class);

        assertThat(relay.relay()).isEqualTo(1);
        assertThat(runsStream()).hasSize(1);
    }

    @Test
    void aRedeliveryChangesNothing() {
        deliver("workflow_run", "d-1", fixture("workflow_run.completed.json"));
        relay.relay();

        assertThat(deliver("workflow_run", "d-1", fixture("workflow_run.completed.json")))
                .isEqualTo(200);
        assertThat(relay.relay()).isZero();
        assertThat(runsStream()).hasSize(1);
    }

    private int deliver(String event, String deliveryId, byte[] body) {
        return new GitHubDeliveries(port, integrationId, secret).deliver(event, deliveryId, body);
    }

    private static byte[] fixture(String name) {
        return GitHubDeliveries.fixture(name);
    }

    private List<Map<Object, Object>> runsStream() {
        return redis.opsForStream().range(TEST_RUNS_STREAM, Range.unbounded()).stream()
                .map(MapRecord::getValue)
                .toList();
    }

    private List<Map<Object, Object>> deploymentsStream() {
        return redis.opsForStream().range(TEST_STREAM, Range.unbounded()).stream()
                .map(MapRecord::getValue)
                .toList();
    }
}
