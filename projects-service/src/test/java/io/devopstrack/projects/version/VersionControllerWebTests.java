package io.devopstrack.projects.version;

import static io.devopstrack.projects.support.ApiPaths.VERSIONS;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.projects.project.ProjectNotFound;
import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@ProjectsWebTest(VersionController.class)
class VersionControllerWebTests extends WebSliceTest {

    private static final String RELEASE =
            "{\"version\":\"1.4.0\",\"commit\":\"ABC1234\",\"committedAt\":\"2026-01-02T03:04:05Z\"}";

    @MockitoBean
    private VersionService versions;

    @Test
    void aMaintainerAddsAVersionThatHasNoDeploymentsYet() throws Exception {
        Instant committedAt = Instant.parse("2026-01-02T03:04:05Z");
        given(versions.add(PROJECT, new AddVersionRequest("1.4.0", "ABC1234", null, committedAt)))
                .willReturn(new Version("1.4.0", "abc1234", null, committedAt, committedAt.plusSeconds(60)));

        mvc.perform(postJson(VERSIONS, RELEASE, PROJECT).with(maintainer()))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/projects/" + PROJECT + "/versions/1.4.0"))
                .andExpect(jsonPath("$.commit").value("abc1234"))
                .andExpect(jsonPath("$.committedAt").value("2026-01-02T03:04:05Z"))
                .andExpect(jsonPath("$.deployments").isEmpty());
    }

    @Test
    void aVPrefixedVersionAndAShortCommitAre400NamingBoth() throws Exception {
        mvc.perform(postJson(VERSIONS, "{\"version\":\"v1.4\",\"commit\":\"abc\"}", PROJECT)
                        .with(maintainer()))
                .andExpect(invalidFields("commit", "version"))
                .andExpect(jsonPath("$.errors[0].message").value("must be 7 to 40 hexadecimal digits"))
                .andExpect(jsonPath("$.errors[1].message").value(SemanticVersions.MESSAGE));

        then(versions).shouldHaveNoInteractions();
    }

    @Test
    void aCommitTimeThatIsNotAnInstantIs400NamingIt() throws Exception {
        String body = "{\"version\":\"1.4.0\",\"commit\":\"abc1234\",\"committedAt\":\"yesterday\"}";

        mvc.perform(postJson(VERSIONS, body, PROJECT).with(maintainer()))
                .andExpect(invalidFields("committedAt"))
                .andExpect(jsonPath("$.errors[0].message").value("has the wrong type or format"));
    }

    @Test
    void aVersionTheProjectAlreadyHasIs409() throws Exception {
        given(versions.add(eq(PROJECT), any())).willThrow(new VersionTaken("1.4.0"));

        mvc.perform(postJson(VERSIONS, RELEASE, PROJECT).with(maintainer()))
                .andExpect(problem(HttpStatus.CONFLICT, "Version taken"))
                .andExpect(jsonPath("$.detail").value("The project already has version 1.4.0."));
    }

    @Test
    void aVersionOfAnUnknownProjectIs404() throws Exception {
        given(versions.add(eq(PROJECT), any())).willThrow(new ProjectNotFound(PROJECT));

        mvc.perform(postJson(VERSIONS, RELEASE, PROJECT).with(maintainer()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Project not found"));
    }
}
