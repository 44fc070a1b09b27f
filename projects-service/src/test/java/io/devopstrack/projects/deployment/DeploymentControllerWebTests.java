package io.devopstrack.projects.deployment;

import static io.devopstrack.projects.support.ApiPaths.VERSION_DEPLOYMENTS;
import static io.devopstrack.projects.support.TestIds.DEPLOYMENT;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.testsupport.Callers.admin;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.platform.problem.InvalidInput;
import io.devopstrack.projects.project.Caller;
import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.projects.version.VersionNotFound;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.ResultActions;

@ProjectsWebTest(DeploymentController.class)
class DeploymentControllerWebTests extends WebSliceTest {

    private static final String TO_PROD = "{\"environment\":\"prod\",\"status\":\"SUCCEEDED\"}";

    @MockitoBean
    private DeploymentService deployments;

    @Test
    void aMaintainerRecordsADeploymentInTheirOwnName() throws Exception {
        RecordDeploymentRequest request = new RecordDeploymentRequest("prod", DeploymentStatus.SUCCEEDED);
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        given(deployments.record(PROJECT, "1.4.0", request, new Caller("maria", false, true)))
                .willReturn(
                        new Deployment(DEPLOYMENT, "1.4.0", "prod", DeploymentStatus.SUCCEEDED, "maria", at, false));

        mvc.perform(postJson(VERSION_DEPLOYMENTS, TO_PROD, PROJECT, "1.4.0").with(maintainer()))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                HttpHeaders.LOCATION,
                                "/projects/" + PROJECT + "/versions/1.4.0/deployments/" + DEPLOYMENT))
                .andExpect(jsonPath("$.deployedBy").value("maria"))
                .andExpect(jsonPath("$.deployedAt").value("2026-01-02T03:04:05Z"))
                .andExpect(jsonPath("$.published").doesNotExist());
    }

    @Test
    void aDeploymentWithoutEnvironmentOrStatusIs400NamingBoth() throws Exception {
        mvc.perform(postJson(VERSION_DEPLOYMENTS, "{\"environment\":\" \"}", PROJECT, "1.4.0")
                        .with(admin()))
                .andExpect(invalidFields("environment", "status"));

        then(deployments).shouldHaveNoInteractions();
    }

    @Test
    void aStatusOutsideTheListIs400NamingIt() throws Exception {
        mvc.perform(postJson(VERSION_DEPLOYMENTS, "{\"environment\":\"prod\",\"status\":\"DONE\"}", PROJECT, "1.4.0")
                        .with(admin()))
                .andExpect(invalidFields("status"))
                .andExpect(jsonPath("$.errors[0].message").value("has the wrong type or format"));
    }

    @Test
    void aVersionTheProjectDoesNotHaveIs404() throws Exception {
        refusedDeploymentToProd("9.9.9", new VersionNotFound("9.9.9"))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Version not found"));
    }

    @Test
    void anEnvironmentTheProjectDoesNotHaveIs400NamingIt() throws Exception {
        refusedDeploymentToProd("1.4.0", new InvalidInput("environment", "is not an environment of this project"))
                .andExpect(invalidFields("environment"))
                .andExpect(jsonPath("$.errors[0].message").value("is not an environment of this project"));
    }

    @Test
    void aProtectedEnvironmentRefusalIsA403ThatSaysWhy() throws Exception {
        refusedDeploymentToProd("1.4.0", new ProtectedEnvironment("prod"))
                .andExpect(problem(HttpStatus.FORBIDDEN, "Protected environment"))
                .andExpect(jsonPath("$.detail")
                        .value("Only a MAINTAINER or an ADMIN may deploy to the protected environment prod."));
    }

    /** A maintainer's deployment of {@code version} to prod that the service refuses with {@code refusal}. */
    private ResultActions refusedDeploymentToProd(String version, RuntimeException refusal) throws Exception {
        given(deployments.record(any(), any(), any(), any())).willThrow(refusal);

        return mvc.perform(
                postJson(VERSION_DEPLOYMENTS, TO_PROD, PROJECT, version).with(maintainer()));
    }
}
