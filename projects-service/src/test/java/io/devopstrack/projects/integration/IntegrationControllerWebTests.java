package io.devopstrack.projects.integration;

import static io.devopstrack.projects.support.ApiPaths.INTEGRATIONS;
import static io.devopstrack.projects.support.ApiPaths.INTEGRATION_BY_ID;
import static io.devopstrack.projects.support.ApiPaths.INTEGRATION_DELIVERIES;
import static io.devopstrack.projects.support.ApiPaths.INTEGRATION_SECRET;
import static io.devopstrack.projects.support.TestIds.INTEGRATION;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.testsupport.Callers.admin;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.Callers.viewer;
import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.platform.paging.Pages;
import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.projects.web.Paging;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@ProjectsWebTest(IntegrationController.class)
class IntegrationControllerWebTests extends WebSliceTest {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

    @MockitoBean
    private IntegrationService integrations;

    @Test
    void aMaintainerCreatesAGitHubIntegrationAndSeesItsSecretOnce() throws Exception {
        given(integrations.create(PROJECT, IntegrationKind.GITHUB))
                .willReturn(new IntegrationSecretResponse(
                        INTEGRATION, IntegrationKind.GITHUB, "/hooks/github/" + INTEGRATION, "s3cret", CREATED));

        mvc.perform(postJson(INTEGRATIONS, "{\"kind\":\"github\"}", PROJECT).with(maintainer()))
                .andExpect(status().isCreated())
                .andExpect(
                        header().string(HttpHeaders.LOCATION, "/projects/" + PROJECT + "/integrations/" + INTEGRATION))
                .andExpect(jsonPath("$.kind").value("github"))
                .andExpect(jsonPath("$.secret").value("s3cret"));
    }

    @Test
    void aViewerListsIntegrationsWithTheirCountsButNeverASecret() throws Exception {
        Integration integration = new Integration(
                INTEGRATION, PROJECT, IntegrationKind.GITLAB, "sealed", CREATED, null, new DeliveryCounts(3, 1, 0, 2));
        given(integrations.list(PROJECT)).willReturn(List.of(IntegrationResponse.of(integration)));

        mvc.perform(get(INTEGRATIONS, PROJECT).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].hookPath").value("/hooks/gitlab/" + INTEGRATION))
                .andExpect(jsonPath("$[0].counts.rejected").value(2))
                .andExpect(jsonPath("$[0].secret").doesNotExist())
                .andExpect(jsonPath("$[0].sealedSecret").doesNotExist());
    }

    @Test
    void anAdminRotatesTheSecretAndDeletesTheIntegration() throws Exception {
        given(integrations.rotate(PROJECT, INTEGRATION))
                .willReturn(new IntegrationSecretResponse(
                        INTEGRATION, IntegrationKind.CDEVENTS, "/hooks/cdevents/" + INTEGRATION, "n3w", CREATED));

        mvc.perform(post(INTEGRATION_SECRET, PROJECT, INTEGRATION).with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secret").value("n3w"));
        mvc.perform(delete(INTEGRATION_BY_ID, PROJECT, INTEGRATION).with(admin()))
                .andExpect(status().isNoContent());

        then(integrations).should().delete(PROJECT, INTEGRATION);
    }

    @Test
    void aKindThatIsMissingOrUnknownIs400NamingIt() throws Exception {
        mvc.perform(postJson(INTEGRATIONS, "{}", PROJECT).with(maintainer())).andExpect(invalidFields("kind"));
        mvc.perform(postJson(INTEGRATIONS, "{\"kind\":\"jenkins\"}", PROJECT).with(maintainer()))
                .andExpect(invalidFields("kind"))
                .andExpect(jsonPath("$.errors[0].message").value("has the wrong type or format"));

        then(integrations).shouldHaveNoInteractions();
    }

    @Test
    void aViewerReadsTheDeliveriesAPageAtATime() throws Exception {
        DeliveryResponse rejected =
                new DeliveryResponse("d-1", "push", CREATED, DeliveryOutcome.REJECTED, "missing or wrong signature");
        given(integrations.deliveries(PROJECT, INTEGRATION, new Paging(0, 1)))
                .willReturn(Pages.of(List.of(rejected), 0, 1, 4));

        mvc.perform(get(INTEGRATION_DELIVERIES + "?page=0&size=1", PROJECT, INTEGRATION)
                        .with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].outcome").value("REJECTED"))
                .andExpect(jsonPath("$.page.totalPages").value(4));
        mvc.perform(get(INTEGRATION_DELIVERIES + "?size=many", PROJECT, INTEGRATION)
                        .with(viewer()))
                .andExpect(invalidFields("size"));
    }

    @Test
    void anUnknownIntegrationIs404() throws Exception {
        willThrow(new IntegrationNotFound(INTEGRATION)).given(integrations).delete(PROJECT, INTEGRATION);
        given(integrations.rotate(PROJECT, INTEGRATION)).willThrow(new IntegrationNotFound(INTEGRATION));

        mvc.perform(delete(INTEGRATION_BY_ID, PROJECT, INTEGRATION).with(maintainer()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Integration not found"));
        mvc.perform(post(INTEGRATION_SECRET, PROJECT, INTEGRATION).with(maintainer()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Integration not found"));
    }
}
