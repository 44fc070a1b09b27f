package io.devopstrack.projects.project;

import static io.devopstrack.projects.support.ApiPaths.PROJECTS;
import static io.devopstrack.projects.support.ApiPaths.PROJECT_BY_ID;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.testsupport.Callers.admin;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.Callers.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@ProjectsWebTest(ProjectController.class)
class ProjectControllerWebTests extends WebSliceTest {

    @MockitoBean
    private ProjectService projects;

    @Test
    void aViewerListsProjectsInSpringDatasPageForm() throws Exception {
        given(projects.list(any()))
                .willReturn(
                        new PageImpl<>(List.of(ProjectResponse.of(project("checkout"))), PageRequest.of(0, 20), 21));

        mvc.perform(get(PROJECTS).with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].name").value("checkout"))
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.number").value(0))
                .andExpect(jsonPath("$.page.totalElements").value(21))
                .andExpect(jsonPath("$.page.totalPages").value(2));
    }

    @Test
    void aMaintainerCreatesAProjectOwnedByThemselves() throws Exception {
        given(projects.create(any(), eq(new Caller("maria", false, true)))).willReturn(project("checkout"));

        mvc.perform(post(PROJECTS)
                        .with(maintainer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"checkout\",\"tags\":[\"java\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(PROJECT));
    }

    @Test
    void aBlankNameAndABadTagAre400NamingBothFields() throws Exception {
        mvc.perform(post(PROJECTS)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\" \",\"tags\":[\"Not A Tag\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("name", "tags[0]")));
        then(projects).should(never()).create(any(), any());
    }

    @Test
    void anUnknownProjectIs404Problem() throws Exception {
        given(projects.get(PROJECT)).willThrow(new ProjectNotFound(PROJECT));

        mvc.perform(get(PROJECT_BY_ID, PROJECT).with(viewer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Project not found"));
    }

    @Test
    void deletingSomeoneElsesProjectIs403Problem() throws Exception {
        willThrow(new NotProjectOwner()).given(projects).delete(eq(PROJECT), any());

        mvc.perform(delete(PROJECT_BY_ID, PROJECT).with(maintainer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not the project owner"));
    }

    @Test
    void aStoreThatIsDownIs503WithoutDriverDetails() throws Exception {
        given(projects.get(PROJECT))
                .willThrow(new DataAccessResourceFailureException("Timed out after 2000 ms: 127.0.0.1:27017"));

        mvc.perform(get(PROJECT_BY_ID, PROJECT).with(viewer()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(not(containsString("27017"))));
    }

    private static Project project(String name) {
        Instant now = Instant.parse("2026-01-02T03:04:05Z");
        return new Project(PROJECT, name, null, "maria", List.of("java"), null, null, null, null, now, now, 0L);
    }
}
