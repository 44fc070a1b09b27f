package io.devopstrack.projects.deployment;

import static io.devopstrack.projects.support.ApiPaths.DEPLOYMENTS;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.Callers.viewer;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.leaksNothing;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.MongoTimeoutException;
import io.devopstrack.platform.paging.Pages;
import io.devopstrack.projects.project.ProjectNotFound;
import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.projects.web.Paging;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@ProjectsWebTest(DeploymentHistoryController.class)
class DeploymentHistoryControllerWebTests extends WebSliceTest {

    @MockitoBean
    private DeploymentHistory history;

    @Test
    void aViewerReadsTheHistoryOfOneEnvironmentAPageAtATime() throws Exception {
        DeploymentListItem manual = new DeploymentListItem(
                "d1",
                "prod",
                "abc1234",
                "1.4.0",
                DeploymentStatus.SUCCEEDED,
                Instant.parse("2026-01-02T03:04:05Z"),
                DeploymentListItem.MANUAL,
                null);
        given(history.list(PROJECT, "prod", new Paging(1, 5))).willReturn(Pages.of(List.of(manual), 1, 5, 6));

        mvc.perform(get(DEPLOYMENTS + "?environment=prod&page=1&size=5", PROJECT)
                        .with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].source").value("manual"))
                .andExpect(jsonPath("$.content[0].leadTimeHours").doesNotExist())
                .andExpect(jsonPath("$.page.number").value(1))
                .andExpect(jsonPath("$.page.totalElements").value(6))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void aHookDeploymentShowsItsLeadTime() throws Exception {
        DeploymentListItem fromHook = new DeploymentListItem(
                "e1", "prod", "abc1234", null, DeploymentStatus.FAILED, Instant.EPOCH, "github", 1.5);
        given(history.list(PROJECT, null, new Paging(0, 20))).willReturn(Pages.of(List.of(fromHook), 0, 20, 1));

        mvc.perform(get(DEPLOYMENTS, PROJECT).with(viewer()))
                .andExpect(jsonPath("$.content[0].leadTimeHours").value(1.5))
                .andExpect(jsonPath("$.content[0].status").value("FAILED"));
    }

    @Test
    void theHistoryIsReadOnlySoAMaintainersDeleteIs405() throws Exception {
        mvc.perform(delete(DEPLOYMENTS, PROJECT).with(maintainer())).andExpect(problem(HttpStatus.METHOD_NOT_ALLOWED));
    }

    @Test
    void aPageThatIsNotANumberIs400NamingIt() throws Exception {
        mvc.perform(get(DEPLOYMENTS + "?page=first", PROJECT).with(viewer())).andExpect(invalidFields("page"));

        then(history).shouldHaveNoInteractions();
    }

    @Test
    void aNegativePageIs400NamingIt() throws Exception {
        mvc.perform(get(DEPLOYMENTS + "?page=-1", PROJECT).with(viewer()))
                .andExpect(invalidFields("page"))
                .andExpect(jsonPath("$.errors[0].message").value("must be 0 or more"));

        then(history).shouldHaveNoInteractions();
    }

    @Test
    void theHistoryOfAnUnknownProjectIs404() throws Exception {
        given(history.list(any(), any(), any())).willThrow(new ProjectNotFound(PROJECT));

        mvc.perform(get(DEPLOYMENTS, PROJECT).with(viewer()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Project not found"));
    }

    @Test
    void mongoTimingOutIs503WithoutItsMessage() throws Exception {
        given(history.list(any(), any(), any()))
                .willThrow(new MongoTimeoutException("Timed out while waiting for a server at 10.0.0.5:27017"));

        mvc.perform(get(DEPLOYMENTS, PROJECT).with(viewer()))
                .andExpect(problem(HttpStatus.SERVICE_UNAVAILABLE))
                .andExpect(leaksNothing("10.0.0.5", "27017"));
    }
}
