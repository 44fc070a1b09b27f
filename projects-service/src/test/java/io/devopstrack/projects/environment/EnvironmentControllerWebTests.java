package io.devopstrack.projects.environment;

import static io.devopstrack.projects.support.ApiPaths.ENVIRONMENTS;
import static io.devopstrack.projects.support.ApiPaths.ENVIRONMENT_BY_ID;
import static io.devopstrack.projects.support.TestIds.ENVIRONMENT;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.testsupport.Callers.admin;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.Callers.viewer;
import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.leaksNothing;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.testsupport.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@ProjectsWebTest(EnvironmentController.class)
class EnvironmentControllerWebTests extends WebSliceTest {

    private static final String STAGING =
            "{\"name\":\"staging\",\"url\":\"https://staging.example.com\",\"protected\":true}";

    @MockitoBean
    private EnvironmentService environments;

    @Test
    void aMaintainerAddsAProtectedEnvironmentAndGetsItsLocation() throws Exception {
        AddEnvironmentRequest request = new AddEnvironmentRequest("staging", "https://staging.example.com", true);
        given(environments.add(PROJECT, request))
                .willReturn(new Environment(ENVIRONMENT, "staging", "https://staging.example.com", true));

        mvc.perform(postJson(ENVIRONMENTS, STAGING, PROJECT).with(maintainer()))
                .andExpect(status().isCreated())
                .andExpect(
                        header().string(HttpHeaders.LOCATION, "/projects/" + PROJECT + "/environments/" + ENVIRONMENT))
                .andExpect(jsonPath("$.id").value(ENVIRONMENT))
                .andExpect(jsonPath("$.protected").value(true));
    }

    @Test
    void anAdminRemovesAnEnvironmentWith204() throws Exception {
        mvc.perform(delete(ENVIRONMENT_BY_ID, PROJECT, ENVIRONMENT).with(admin()))
                .andExpect(status().isNoContent());

        then(environments).should().remove(PROJECT, ENVIRONMENT);
    }

    @Test
    void aNameStartingWithADashAndAnFtpUrlAre400NamingBoth() throws Exception {
        mvc.perform(postJson(ENVIRONMENTS, "{\"name\":\"-staging\",\"url\":\"ftp://files.example.com\"}", PROJECT)
                        .with(maintainer()))
                .andExpect(invalidFields("name", "url"))
                .andExpect(jsonPath("$.errors[?(@.field == 'url')].message").value("must be an http(s) URL"));

        then(environments).shouldHaveNoInteractions();
    }

    @Test
    void aFieldTheContractDoesNotKnowIs400NamingIt() throws Exception {
        mvc.perform(postJson(ENVIRONMENTS, "{\"name\":\"dev\",\"colour\":\"red\"}", PROJECT)
                        .with(maintainer()))
                .andExpect(invalidFields("colour"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
    }

    @Test
    void aNameTheProjectAlreadyHasIs409() throws Exception {
        given(environments.add(any(), any())).willThrow(new EnvironmentNameTaken("staging"));

        mvc.perform(postJson(ENVIRONMENTS, STAGING, PROJECT).with(maintainer()))
                .andExpect(problem(HttpStatus.CONFLICT, "Environment name taken"))
                .andExpect(jsonPath("$.detail").value("The project already has an environment named staging."));
    }

    @Test
    void removingAnUnknownEnvironmentIs404() throws Exception {
        willThrow(new EnvironmentNotFound(ENVIRONMENT)).given(environments).remove(PROJECT, ENVIRONMENT);

        mvc.perform(delete(ENVIRONMENT_BY_ID, PROJECT, ENVIRONMENT).with(maintainer()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Environment not found"));
    }

    @Test
    void environmentsAreNotListedOnTheirOwnSoAGetIs405() throws Exception {
        mvc.perform(get(ENVIRONMENTS, PROJECT).with(viewer())).andExpect(problem(HttpStatus.METHOD_NOT_ALLOWED));
    }

    @Test
    void aStoreThatIsDownIs503WithoutDriverDetails() throws Exception {
        willThrow(new DataAccessResourceFailureException("Timed out after 2000 ms: 127.0.0.1:27017"))
                .given(environments)
                .remove(PROJECT, ENVIRONMENT);

        mvc.perform(delete(ENVIRONMENT_BY_ID, PROJECT, ENVIRONMENT).with(maintainer()))
                .andExpect(problem(HttpStatus.SERVICE_UNAVAILABLE))
                .andExpect(leaksNothing("27017", "Timed out"));
    }
}
