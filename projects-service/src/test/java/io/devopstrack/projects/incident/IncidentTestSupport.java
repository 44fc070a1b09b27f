package io.devopstrack.projects.incident;

import io.devopstrack.projects.ingest.ExternalDeployment;
import io.devopstrack.projects.support.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** A project "shop" with environments prod and staging and a version 1.0.0, and helpers to deploy and open. */
abstract class IncidentTestSupport extends IntegrationTest {

    protected String projectId;

    @BeforeEach
    void shop() {
        mongo.remove(new Query(), Incident.class);
        mongo.remove(new Query(), ExternalDeployment.class);
        projectId = createProjectId("shop");
        api.post(path("/environments"), maria, "{\"name\": \"prod\"}");
        api.post(path("/environments"), maria, "{\"name\": \"staging\"}");
        api.post(path("/versions"), maria, "{\"version\": \"1.0.0\", \"commit\": \"abcdef1\"}");
    }

    protected String path(String rest) {
        return "/projects/" + projectId + rest;
    }

    /** A manual deployment of 1.0.0, deployed now; its id and time. */
    protected JsonNode deploy(String environment) {
        JsonNode deployed = api.post(
                        path("/versions/1.0.0/deployments"),
                        maria,
                        "{\"environment\": \"" + environment + "\", \"status\": \"SUCCEEDED\"}")
                .json();
        pause();
        return deployed;
    }

    /** A deployment reported by a hook, at a time of the test's choosing; its id. */
    protected String hookDeployment(String environment, Instant deployedAt) {
        ExternalDeployment stored = mongo.insert(new ExternalDeployment(
                null,
                projectId,
                "github",
                "ext-" + deployedAt.toEpochMilli(),
                environment,
                "abcdef1",
                null,
                io.devopstrack.projects.deployment.DeploymentStatus.SUCCEEDED,
                deployedAt,
                null,
                deployedAt,
                1,
                true));
        return stored.id();
    }

    protected JsonNode open(String body) {
        io.devopstrack.projects.support.Api.Response response = api.post(path("/incidents"), maria, body);
        if (response.status() != 201) {
            throw new IllegalStateException("incident not opened: " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /** Deployments recorded through the API are stamped "now" (milliseconds): keep them apart. */
    protected static void pause() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
