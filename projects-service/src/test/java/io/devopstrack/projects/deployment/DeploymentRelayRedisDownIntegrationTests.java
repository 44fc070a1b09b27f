package io.devopstrack.projects.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.project.Project;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis down while deployments are recorded: they wait in MongoDB, unpublished, and go out once Redis answers.
 * The scheduled relay is slowed to once an hour (see IntegrationTest) so that the test drives every relay pass.
 */
class DeploymentRelayRedisDownIntegrationTests extends IntegrationTest {

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    DeploymentRelayProperties properties;

    @Autowired
    DeploymentEventRelay relay;

    private LettuceConnectionFactory closedRedis;

    @BeforeEach
    void emptyStream() {
        redis.delete(TEST_STREAM);
        // port 1 on loopback: nothing listens there, connections are refused at once
        closedRedis = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 1));
        closedRedis.afterPropertiesSet();
    }

    @AfterEach
    void closeFactory() {
        closedRedis.destroy();
    }

    @Test
    void aDeploymentRecordedWhileRedisIsDownIsPublishedOnceRedisAnswers() {
        String maria = Tokens.maintainer("maria");
        String id = createProjectId("shop");
        api.post("/projects/" + id + "/environments", maria, "{\"name\": \"prod\"}");
        api.post("/projects/" + id + "/versions", maria, "{\"version\": \"1.0.0\", \"commit\": \"abcdef1\"}");
        String deploymentId = api.postForId(
                "/projects/" + id + "/versions/1.0.0/deployments",
                maria,
                "{\"environment\": \"prod\", \"status\": \"SUCCEEDED\"}");
        DeploymentEventRelay relayWithoutRedis =
                new DeploymentEventRelay(mongo, new StringRedisTemplate(closedRedis), properties);

        int publishedWhileDown = relayWithoutRedis.relay();

        assertThat(publishedWhileDown).isZero();
        assertThat(publishedFlag(id)).isFalse();

        int publishedWhenBack = relay.relay();

        assertThat(publishedWhenBack).isEqualTo(1);
        assertThat(publishedFlag(id)).isTrue();
        List<Object> ids = redis.opsForStream().range(TEST_STREAM, Range.unbounded()).stream()
                .map(record -> record.getValue().get("deploymentId"))
                .toList();
        assertThat(ids).containsExactly(deploymentId);
        assertThat(relay.relay()).isZero();
    }

    private boolean publishedFlag(String projectId) {
        Document stored = mongo.getCollection(Project.COLLECTION)
                .find(new Document("_id", new ObjectId(projectId)))
                .first();
        return stored.getList("deployments", Document.class).get(0).getBoolean("published");
    }
}
