package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.Integration;
import io.devopstrack.projects.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** A project with integrations made through the API, and the stored delivery lines to look at. */
abstract class HookTestSupport extends IntegrationTest {

    /** The GitHub workflow_run delivery most GitHub hook tests send. */
    protected final byte[] workflowRun = HookClient.fixture("github/workflow_run.completed.json");

    protected HookClient hooks;
    protected String projectId;

    @BeforeEach
    void newProject() {
        mongo.remove(new Query(), Integration.class);
        mongo.remove(new Query(), Delivery.class);
        hooks = new HookClient(port);
        projectId = createProjectId("shop");
    }

    protected Created integration(String kind) {
        return createIntegration(projectId, kind);
    }

    /** {@link #workflowRun} delivered to the GitHub integration {@code github}, signed with {@code secret}. */
    protected HookClient.Answer sendWorkflowRun(Created github, String secret, String deliveryId) {
        return hooks.github(github.id(), secret, "workflow_run", deliveryId, workflowRun);
    }

    protected List<Delivery> deliveries(String integrationId) {
        return mongo.find(Query.query(Criteria.where("integrationId").is(integrationId)), Delivery.class);
    }

    /** The listed counts are written once a second (DeliveryCounter): what a test asserts of them, within 5 s. */
    protected static void awaitCounts(ThrowingRunnable assertion) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(assertion);
    }

    protected JsonNode counts(String integrationId) {
        for (JsonNode integration :
                api.get("/projects/" + projectId + "/integrations", maria).json()) {
            if (integration.path("id").asString().equals(integrationId)) {
                return integration.path("counts");
            }
        }
        throw new IllegalStateException("no integration " + integrationId);
    }
}
