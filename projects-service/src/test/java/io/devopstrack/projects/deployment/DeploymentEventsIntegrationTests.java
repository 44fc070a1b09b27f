package io.devopstrack.projects.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The scheduled relay carries recorded deployments to the Redis stream (real Redis, database 1). Its context,
 * the only one with a running schedule, is closed after the class so that its relay stops.
 */
@TestPropertySource(properties = "devopstrack.deployments.relay-interval=200ms")
@DirtiesContext
class DeploymentEventsIntegrationTests extends IntegrationTest {

    @Autowired
    StringRedisTemplate redis;

    @BeforeEach
    void emptyStream() {
        redis.delete(TEST_STREAM);
    }

    @Test
    void aRecordedDeploymentReachesTheStreamWithEveryContractField() {
        String id = createProjectId("shop");
        api.post("/projects/" + id + "/environments", maria, "{\"name\": \"prod\"}");
        api.post(
                "/projects/" + id + "/versions",
                maria,
                "{\"version\": \"3.0.0\", \"commit\": \"abcdef1\", \"committedAt\": \"2026-03-01T10:00:00Z\"}");
        JsonNode deployment = api.post(
                        "/projects/" + id + "/versions/3.0.0/deployments",
                        maria,
                        "{\"environment\": \"prod\", \"status\": \"SUCCEEDED\"}")
                .json();
        long versionAfterDeployment =
                api.get("/projects/" + id, maria).json().path("version").asLong();

        Map<Object, Object> event = awaitEvent(deployment.path("id").asString());

        assertThat(event)
                .containsEntry("projectId", id)
                .containsEntry("version", "3.0.0")
                .containsEntry("commit", "abcdef1")
                .containsEntry("committedAt", "2026-03-01T10:00:00Z")
                .containsEntry("environment", "prod")
                .containsEntry("status", "SUCCEEDED")
                .containsEntry("deployedAt", deployment.path("deployedAt").asString());
        await().atMost(Duration.ofSeconds(10)).until(() -> published(id));
        // marking as published is internal: it must not make a client's next edit look stale
        assertThat(api.get("/projects/" + id, maria).json().path("version").asLong())
                .isEqualTo(versionAfterDeployment);
    }

    @Test
    void withoutACommitTimeTheEventCarriesTheVersionsCreationTime() {
        String id = createProjectId("shop");
        api.post("/projects/" + id + "/environments", maria, "{\"name\": \"dev\"}");
        JsonNode version = api.post(
                        "/projects/" + id + "/versions", maria, "{\"version\": \"0.1.0\", \"commit\": \"abcdef1\"}")
                .json();
        String deploymentId = api.postForId(
                "/projects/" + id + "/versions/0.1.0/deployments",
                maria,
                "{\"environment\": \"dev\", \"status\": \"FAILED\"}");

        Map<Object, Object> event = awaitEvent(deploymentId);

        assertThat(event)
                .containsEntry("committedAt", version.path("createdAt").asString())
                .containsEntry("status", "FAILED");
    }

    private Map<Object, Object> awaitEvent(String deploymentId) {
        return await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> {
                            List<MapRecord<String, Object, Object>> records = redis.opsForStream()
                                    .range(TEST_STREAM, org.springframework.data.domain.Range.unbounded());
                            return records == null
                                    ? null
                                    : records.stream()
                                            .map(MapRecord::getValue)
                                            .filter(fields -> deploymentId.equals(fields.get("deploymentId")))
                                            .findFirst()
                                            .orElse(null);
                        },
                        fields -> fields != null);
    }

    private boolean published(String projectId) {
        Document stored = mongo.getCollection(Project.COLLECTION)
                .find(new Document("_id", new ObjectId(projectId)))
                .first();
        return stored.getList("deployments", Document.class).stream().allMatch(d -> d.getBoolean("published"));
    }
}
