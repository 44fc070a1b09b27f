package io.devopstrack.projects.ingest;

import static io.devopstrack.projects.ingest.GitHubDeliveries.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.hook.HookProperties;
import io.devopstrack.projects.incident.IncidentSources;
import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.Integration;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.projects.support.PrivateRedisTemplate;
import io.devopstrack.testsupport.PrivateRedis;
import io.devopstrack.testsupport.Tokens;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.JsonNode;

/** The batch relay against a Redis of the test's own that goes away in the middle of a batch. */
class DeliveryRelayRedisOutageIntegrationTests extends IntegrationTest {

    @Autowired
    HookProperties properties;

    @Autowired
    DeliveryClaims claims;

    @Autowired
    CommitTimes commits;

    @Autowired
    ExternalDeployments deployments;

    @Autowired
    NewDeliveries newDeliveries;

    @Autowired
    IncidentSources incidents;

    private GitHubDeliveries github;

    @BeforeEach
    void githubIntegration() {
        for (String collection : List.of(Integration.COLLECTION, Delivery.COLLECTION, ExternalDeployment.COLLECTION)) {
            mongo.remove(new Query(), collection);
        }
        String projectId = createProjectId("shop");
        JsonNode created = api.post(
                        "/projects/" + projectId + "/integrations", Tokens.maintainer("maria"), "{\"kind\":\"github\"}")
                .json();
        github = new GitHubDeliveries(
                port, created.path("id").asString(), created.path("secret").asString());
    }

    @Test
    void aBatchThatRedisFailsHalfwayIsDoneAgainAfterItsClaimsExpireAndNothingIsLost() {
        github.deliver("workflow_run", "d-1", fixture("workflow_run.completed.json"));
        github.deliver("deployment_status", "d-2", fixture("deployment_status.json"));
        github.deliver("workflow_job", "d-3", fixture("workflow_job.completed.json"));
        try (PrivateRedis privateRedis = new PrivateRedis().start();
                PrivateRedisTemplate redisOfTheTest = new PrivateRedisTemplate(privateRedis.port())) {
            StringRedisTemplate privateTemplate = redisOfTheTest.template();
            DeliveryRelay privateRelay = new DeliveryRelay(
                    properties,
                    claims,
                    newDeliveries,
                    new RelayedEvents(new RunPublisher(privateTemplate, properties), commits, deployments, incidents));
            privateRedis.stop();

            // the deployment of d-2 is recorded in MongoDB, then the run events cannot be published
            assertThat(privateRelay.relay()).isZero();
            assertThat(mongo.find(Query.query(Criteria.where("pending").is(true)), Delivery.class))
                    .hasSize(3);

            privateRedis.start();
            mongo.updateMulti(
                    new Query(), new Update().set("claimedUntil", Instant.now().minusSeconds(1)), Delivery.class);
            assertThat(privateRelay.relay()).isEqualTo(3);
            assertThat(privateTemplate.opsForStream().range(properties.runsStream(), Range.unbounded()))
                    .extracting(entry -> entry.getValue().get("deliveryId"))
                    .containsExactly("d-1", "d-3");
            assertThat(mongo.find(Query.query(Criteria.where("pending").is(true)), Delivery.class))
                    .isEmpty();
            assertThat(mongo.findAll(ExternalDeployment.class)).hasSize(1);
        }
    }
}
