package io.devopstrack.projects.config;

import static io.devopstrack.testsupport.AccessRule.forAnyone;
import static io.devopstrack.testsupport.AccessRule.forNoOne;
import static io.devopstrack.testsupport.AccessRule.forRoles;
import static io.devopstrack.testsupport.Endpoint.delete;
import static io.devopstrack.testsupport.Endpoint.get;
import static io.devopstrack.testsupport.Endpoint.patch;
import static io.devopstrack.testsupport.Endpoint.post;
import static io.devopstrack.testsupport.Endpoint.put;

import io.devopstrack.projects.deployment.DeploymentHistory;
import io.devopstrack.projects.deployment.DeploymentService;
import io.devopstrack.projects.environment.EnvironmentService;
import io.devopstrack.projects.hook.HookIntake;
import io.devopstrack.projects.hook.HookProperties;
import io.devopstrack.projects.hook.HookSecurityConfig;
import io.devopstrack.projects.incident.IncidentService;
import io.devopstrack.projects.integration.IntegrationService;
import io.devopstrack.projects.project.ProjectService;
import io.devopstrack.projects.repo.RepositoryService;
import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.projects.version.VersionService;
import io.devopstrack.testsupport.AccessCase;
import io.devopstrack.testsupport.AccessRule;
import io.devopstrack.testsupport.AccessTableTest;
import java.util.stream.Stream;
import org.mockito.Answers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * {@link SecurityConfig}'s rules for every endpoint: GET /projects/** for any role, every other method on it for
 * MAINTAINER or ADMIN, anything else for no one. HookSecurityConfig's chain stands in front of them, so the table also
 * shows that it lets anyone through to the hooks and takes no other request. The mocks answer with mocks, so that a
 * request let through runs its controller to the end instead of failing on a null.
 */
@ProjectsWebTest
@Import(HookSecurityConfig.class)
@EnableConfigurationProperties(HookProperties.class)
@MockitoBean(
        types = {
            ProjectService.class,
            EnvironmentService.class,
            RepositoryService.class,
            VersionService.class,
            DeploymentService.class,
            DeploymentHistory.class,
            IncidentService.class,
            IntegrationService.class,
            HookIntake.class
        },
        answers = Answers.RETURNS_MOCKS)
class AccessRulesWebTests extends AccessTableTest {

    private static final String[] READERS = {"VIEWER", "MAINTAINER", "ADMIN"};
    private static final String[] WRITERS = {"MAINTAINER", "ADMIN"};

    static Stream<AccessCase> rules() {
        return AccessRule.casesOf(
                forRoles(get("/projects"), READERS),
                forRoles(post("/projects", "{\"name\":\"checkout\"}"), WRITERS),
                forRoles(get("/projects/{id}"), READERS),
                forRoles(put("/projects/{id}", "{\"name\":\"checkout\",\"version\":1}"), WRITERS),
                forRoles(delete("/projects/{id}"), WRITERS),
                forRoles(post("/projects/{id}/environments", "{\"name\":\"staging\"}"), WRITERS),
                forRoles(delete("/projects/{id}/environments/{envId}"), WRITERS),
                forRoles(
                        post("/projects/{id}/repositories", "{\"name\":\"api\",\"url\":\"https://git.test/a\"}"),
                        WRITERS),
                forRoles(delete("/projects/{id}/repositories/{repoId}"), WRITERS),
                forRoles(post("/projects/{id}/versions", "{\"version\":\"1.4.0\",\"commit\":\"abc1234\"}"), WRITERS),
                forRoles(
                        post(
                                "/projects/{id}/versions/{version}/deployments",
                                "{\"environment\":\"prod\",\"status\":\"SUCCEEDED\"}"),
                        WRITERS),
                forRoles(get("/projects/{id}/deployments"), READERS),
                forRoles(post("/projects/{id}/incidents", "{\"environment\":\"prod\",\"title\":\"Down\"}"), WRITERS),
                forRoles(get("/projects/{id}/incidents"), READERS),
                forRoles(post("/projects/{id}/incidents/{incidentId}/resolve"), WRITERS),
                forRoles(patch("/projects/{id}/incidents/{incidentId}", "{\"deploymentId\":\"\"}"), WRITERS),
                forRoles(post("/projects/{id}/integrations", "{\"kind\":\"github\"}"), WRITERS),
                forRoles(get("/projects/{id}/integrations"), READERS),
                forRoles(post("/projects/{id}/integrations/{integrationId}/secret"), WRITERS),
                forRoles(delete("/projects/{id}/integrations/{integrationId}"), WRITERS),
                forRoles(get("/projects/{id}/integrations/{integrationId}/deliveries"), READERS),
                forAnyone(post("/hooks/{kind}/{integrationId}", "{\"ref\":\"refs/heads/main\"}")),
                forNoOne(post("/elsewhere")));
    }
}
