package io.devopstrack.projects.incident;

import static io.devopstrack.projects.support.ApiPaths.INCIDENTS;
import static io.devopstrack.projects.support.ApiPaths.INCIDENT_BY_ID;
import static io.devopstrack.projects.support.ApiPaths.INCIDENT_RESOLVE;
import static io.devopstrack.projects.support.TestIds.INCIDENT;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.Callers.viewer;
import static io.devopstrack.testsupport.JsonRequests.patchJson;
import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.platform.paging.Pages;
import io.devopstrack.platform.problem.InvalidInput;
import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.projects.web.Paging;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@ProjectsWebTest(IncidentController.class)
class IncidentControllerWebTests extends WebSliceTest {

    private static final String OUTAGE = "{\"environment\":\"prod\",\"title\":\"Checkout is down\"}";
    private static final Instant DETECTED = Instant.parse("2026-01-02T03:04:05Z");

    @MockitoBean
    private IncidentService incidents;

    @Test
    void aMaintainerOpensAnIncidentLinkedByTime() throws Exception {
        given(incidents.open(PROJECT, new CreateIncidentRequest("prod", "Checkout is down", null, null)))
                .willReturn(incident(IncidentStatus.OPEN, null));

        mvc.perform(postJson(INCIDENTS, OUTAGE, PROJECT).with(maintainer()))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/projects/" + PROJECT + "/incidents/" + INCIDENT))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.linkedBy").value("AUTO"))
                .andExpect(jsonPath("$.revision").doesNotExist());
    }

    @Test
    void aViewerListsTheIncidentsOfAStatus() throws Exception {
        given(incidents.list(PROJECT, "OPEN", new Paging(0, 20)))
                .willReturn(Pages.of(List.of(incident(IncidentStatus.OPEN, null)), 0, 20, 1));

        mvc.perform(get(INCIDENTS + "?status=OPEN", PROJECT).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].id").value(INCIDENT))
                .andExpect(jsonPath("$.content[0].sourceKey").doesNotExist())
                .andExpect(jsonPath("$.content[0].revision").doesNotExist())
                .andExpect(jsonPath("$.content[0].published").doesNotExist())
                .andExpect(jsonPath("$.content[0].updatedAt").doesNotExist());
    }

    @Test
    void aMissingTitleAndADetectionTimeThatIsNotAnInstantAre400() throws Exception {
        mvc.perform(postJson(INCIDENTS, "{\"environment\":\"prod\"}", PROJECT).with(maintainer()))
                .andExpect(invalidFields("title"));
        mvc.perform(postJson(INCIDENTS, "{\"environment\":\"prod\",\"title\":\"x\",\"detectedAt\":\"now\"}", PROJECT)
                        .with(maintainer()))
                .andExpect(invalidFields("detectedAt"));

        then(incidents).shouldHaveNoInteractions();
    }

    @Test
    void anIncidentIsResolvedWithoutABody() throws Exception {
        given(incidents.resolve(eq(PROJECT), eq(INCIDENT), isNull()))
                .willReturn(incident(IncidentStatus.RESOLVED, DETECTED.plusSeconds(600)));

        mvc.perform(post(INCIDENT_RESOLVE, PROJECT, INCIDENT).with(maintainer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolvedAt").value("2026-01-02T03:14:05Z"));
    }

    @Test
    void resolvingTwiceIs409AndResolvingBeforeTheDetectionIs400() throws Exception {
        willThrow(new IncidentAlreadyResolved(INCIDENT)).given(incidents).resolve(eq(PROJECT), eq(INCIDENT), isNull());
        willThrow(new InvalidInput("resolvedAt", "must not be before the incident's detectedAt"))
                .given(incidents)
                .resolve(eq(PROJECT), eq(INCIDENT), any(ResolveIncidentRequest.class));

        mvc.perform(post(INCIDENT_RESOLVE, PROJECT, INCIDENT).with(maintainer()))
                .andExpect(problem(HttpStatus.CONFLICT, "Incident already resolved"));
        mvc.perform(postJson(INCIDENT_RESOLVE, "{\"resolvedAt\":\"2026-01-01T00:00:00Z\"}", PROJECT, INCIDENT)
                        .with(maintainer()))
                .andExpect(invalidFields("resolvedAt"));
    }

    @Test
    void relinkingNeedsADeploymentIdOfAtMost24Characters() throws Exception {
        String tooLong = "{\"deploymentId\":\"" + "a".repeat(25) + "\"}";

        mvc.perform(patchJson(INCIDENT_BY_ID, "{}", PROJECT, INCIDENT).with(maintainer()))
                .andExpect(invalidFields("deploymentId"));
        mvc.perform(patchJson(INCIDENT_BY_ID, tooLong, PROJECT, INCIDENT).with(maintainer()))
                .andExpect(invalidFields("deploymentId"));

        then(incidents).shouldHaveNoInteractions();
    }

    @Test
    void anUnknownIncidentIs404() throws Exception {
        given(incidents.relink(eq(PROJECT), eq(INCIDENT), any())).willThrow(new IncidentNotFound(INCIDENT));

        mvc.perform(patchJson(INCIDENT_BY_ID, "{\"deploymentId\":\"\"}", PROJECT, INCIDENT)
                        .with(maintainer()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Incident not found"));
    }

    private static Incident incident(IncidentStatus status, Instant resolvedAt) {
        return new Incident(
                INCIDENT,
                PROJECT,
                "prod",
                "Checkout is down",
                status,
                DETECTED,
                resolvedAt,
                null,
                LinkedBy.AUTO,
                Incident.MANUAL,
                INCIDENT,
                INCIDENT,
                3,
                false,
                DETECTED);
    }
}
