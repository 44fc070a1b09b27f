package io.devopstrack.projects.config;

import static io.devopstrack.projects.support.ApiPaths.DEPLOYMENTS;
import static io.devopstrack.projects.support.ApiPaths.ENVIRONMENTS;
import static io.devopstrack.projects.support.ApiPaths.ENVIRONMENT_BY_ID;
import static io.devopstrack.projects.support.ApiPaths.HOOK;
import static io.devopstrack.projects.support.ApiPaths.INCIDENTS;
import static io.devopstrack.projects.support.ApiPaths.INCIDENT_BY_ID;
import static io.devopstrack.projects.support.ApiPaths.INCIDENT_RESOLVE;
import static io.devopstrack.projects.support.ApiPaths.INTEGRATIONS;
import static io.devopstrack.projects.support.ApiPaths.INTEGRATION_BY_ID;
import static io.devopstrack.projects.support.ApiPaths.INTEGRATION_DELIVERIES;
import static io.devopstrack.projects.support.ApiPaths.INTEGRATION_SECRET;
import static io.devopstrack.projects.support.ApiPaths.PROJECTS;
import static io.devopstrack.projects.support.ApiPaths.PROJECT_BY_ID;
import static io.devopstrack.projects.support.ApiPaths.REPOSITORIES;
import static io.devopstrack.projects.support.ApiPaths.REPOSITORY_BY_ID;
import static io.devopstrack.projects.support.ApiPaths.VERSIONS;
import static io.devopstrack.projects.support.ApiPaths.VERSION_DEPLOYMENTS;
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
                forRoles(get(PROJECTS), READERS),
                forRoles(post(PROJECTS, "{\"name\":\"checkout\"}"), WRITERS),
                forRoles(get(PROJECT_BY_ID), READERS),
                forRoles(put(PROJECT_BY_ID, "{\"name\":\"checkout\",\"version\":1}"), WRITERS),
                forRoles(delete(PROJECT_BY_ID), WRITERS),
                forRoles(post(ENVIRONMENTS, "{\"name\":\"staging\"}"), WRITERS),
                forRoles(delete(ENVIRONMENT_BY_ID), WRITERS),
                forRoles(post(REPOSITORIES, "{\"name\":\"api\",\"url\":\"https://git.test/a\"}"), WRITERS),
                forRoles(delete(REPOSITORY_BY_ID), WRITERS),
                forRoles(post(VERSIONS, "{\"version\":\"1.4.0\",\"commit\":\"abc1234\"}"), WRITERS),
                forRoles(post(VERSION_DEPLOYMENTS, "{\"environment\":\"prod\",\"status\":\"SUCCEEDED\"}"), WRITERS),
                forRoles(get(DEPLOYMENTS), READERS),
                forRoles(post(INCIDENTS, "{\"environment\":\"prod\",\"title\":\"Down\"}"), WRITERS),
                forRoles(get(INCIDENTS), READERS),
                forRoles(post(INCIDENT_RESOLVE), WRITERS),
                forRoles(patch(INCIDENT_BY_ID, "{\"deploymentId\":\"\"}"), WRITERS),
                forRoles(post(INTEGRATIONS, "{\"kind\":\"github\"}"), WRITERS),
                forRoles(get(INTEGRATIONS), READERS),
                forRoles(post(INTEGRATION_SECRET), WRITERS),
                forRoles(delete(INTEGRATION_BY_ID), WRITERS),
                forRoles(get(INTEGRATION_DELIVERIES), READERS),
                forAnyone(post(HOOK, "{\"ref\":\"refs/heads/main\"}")),
                forNoOne(post("/elsewhere")));
    }
}
