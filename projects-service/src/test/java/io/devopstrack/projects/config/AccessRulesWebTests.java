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
import static io.devopstrack.testsupport.AccessRule.forAnyRole;
import static io.devopstrack.testsupport.AccessRule.forAnyone;
import static io.devopstrack.testsupport.AccessRule.forMaintainers;
import static io.devopstrack.testsupport.AccessRule.forNoOne;
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

    static Stream<AccessCase> rules() {
        return AccessRule.casesOf(
                forAnyRole(get(PROJECTS)),
                forMaintainers(post(PROJECTS, "{\"name\":\"checkout\"}")),
                forAnyRole(get(PROJECT_BY_ID)),
                forMaintainers(put(PROJECT_BY_ID, "{\"name\":\"checkout\",\"version\":1}")),
                forMaintainers(delete(PROJECT_BY_ID)),
                forMaintainers(post(ENVIRONMENTS, "{\"name\":\"staging\"}")),
                forMaintainers(delete(ENVIRONMENT_BY_ID)),
                forMaintainers(post(REPOSITORIES, "{\"name\":\"api\",\"url\":\"https://git.test/a\"}")),
                forMaintainers(delete(REPOSITORY_BY_ID)),
                forMaintainers(post(VERSIONS, "{\"version\":\"1.4.0\",\"commit\":\"abc1234\"}")),
                forMaintainers(post(VERSION_DEPLOYMENTS, "{\"environment\":\"prod\",\"status\":\"SUCCEEDED\"}")),
                forAnyRole(get(DEPLOYMENTS)),
                forMaintainers(post(INCIDENTS, "{\"environment\":\"prod\",\"title\":\"Down\"}")),
                forAnyRole(get(INCIDENTS)),
                forMaintainers(post(INCIDENT_RESOLVE)),
                forMaintainers(patch(INCIDENT_BY_ID, "{\"deploymentId\":\"\"}")),
                forMaintainers(post(INTEGRATIONS, "{\"kind\":\"github\"}")),
                forAnyRole(get(INTEGRATIONS)),
                forMaintainers(post(INTEGRATION_SECRET)),
                forMaintainers(delete(INTEGRATION_BY_ID)),
                forAnyRole(get(INTEGRATION_DELIVERIES)),
                forAnyone(post(HOOK, "{\"ref\":\"refs/heads/main\"}")),
                forNoOne(post("/elsewhere")));
    }
}
