package io.devopstrack.projects.ingest;

import static io.devopstrack.projects.ingest.GitHubDeliveries.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.devopstrack.projects.incident.Incident;
import io.devopstrack.projects.integration.Delivery;
import io.devopstrack.projects.integration.Integration;
import io.devopstrack.projects.support.IntegrationTest;
import io.devopstrack.testsupport.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

class ProjectDeletionIntegrationTests extends IntegrationTest {

    private final String maria = Tokens.maintainer("maria");

    @Autowired
    DeliveryRelay relay;

    @Test
    void deletingAProjectDeletesItsIntegrationsAndTheirDeliveriesAndItsHooksAnswer404AtOnce() {
        String doomed = createProjectId("doomed");
        String kept = createProjectId("kept");
        GitHubDeliveries doomedHook = integration(doomed);
        GitHubDeliveries keptHook = integration(kept);
        assertThat(doomedHook.deliver("workflow_run", "d-1", fixture("workflow_run.completed.json")))
                .isEqualTo(202);
        assertThat(keptHook.deliver("workflow_run", "k-1", fixture("workflow_run.completed.json")))
                .isEqualTo(202);

        assertThat(api.delete("/projects/" + doomed, maria).status()).isEqualTo(204);

        assertThat(doomedHook.deliver("workflow_run", "d-2", fixture("workflow_run.completed.json")))
                .isEqualTo(404);
        assertThat(mongo.count(ofProject(doomed), Integration.class)).isZero();
        assertThat(mongo.count(ofProject(doomed), Delivery.class)).isZero();
        assertThat(mongo.count(ofProject(kept), Integration.class)).isEqualTo(1);
        assertThat(mongo.count(ofProject(kept), Delivery.class)).isEqualTo(1);
        assertThat(keptHook.deliver("workflow_run", "k-2", fixture("workflow_run.completed.json")))
                .isEqualTo(202);
    }

    @Test
    void deletingAProjectDeletesItsIncidentsItsDeploymentsFromHooksAndTheirCommitTimes() {
        String doomed = createProjectId("doomed-delivery");
        String kept = createProjectId("kept-delivery");
        for (String projectId : List.of(doomed, kept)) {
            GitHubDeliveries hook = integration(projectId);
            assertThat(hook.deliver("push", projectId + "-push", fixture("push.json")))
                    .isEqualTo(202);
            assertThat(hook.deliver("deployment_status", projectId + "-deployed", fixture("deployment_status.json")))
                    .isEqualTo(202);
        }
        // the relay creates the environment the deployment names, which an incident needs
        relay.relay();
        for (String projectId : List.of(doomed, kept)) {
            assertThat(api.post(
                                    "/projects/" + projectId + "/incidents",
                                    maria,
                                    "{\"environment\": \"production\", \"title\": \"checkout is down\"}")
                            .status())
                    .isEqualTo(201);
            assertThat(mongo.count(ofProject(projectId), ExternalDeployment.class))
                    .isEqualTo(1);
            assertThat(mongo.count(ofProject(projectId), CommitTimes.COLLECTION))
                    .isEqualTo(1);
            assertThat(mongo.count(ofProject(projectId), Incident.class)).isEqualTo(1);
        }

        assertThat(api.delete("/projects/" + doomed, maria).status()).isEqualTo(204);

        assertThat(mongo.count(ofProject(doomed), ExternalDeployment.class)).isZero();
        assertThat(mongo.count(ofProject(doomed), CommitTimes.COLLECTION)).isZero();
        assertThat(mongo.count(ofProject(doomed), Incident.class)).isZero();
        assertThat(mongo.count(ofProject(kept), ExternalDeployment.class)).isEqualTo(1);
        assertThat(mongo.count(ofProject(kept), CommitTimes.COLLECTION)).isEqualTo(1);
        assertThat(mongo.count(ofProject(kept), Incident.class)).isEqualTo(1);
    }

    private GitHubDeliveries integration(String projectId) {
        JsonNode created = api.post("/projects/" + projectId + "/integrations", maria, "{\"kind\":\"github\"}")
                .json();
        return new GitHubDeliveries(
                port, created.path("id").asString(), created.path("secret").asString());
    }

    private static Query ofProject(String projectId) {
        return Query.query(Criteria.where("projectId").is(projectId));
    }
}
