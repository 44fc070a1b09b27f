package io.devopstrack.projects.repo;

import static io.devopstrack.projects.support.ApiPaths.REPOSITORIES;
import static io.devopstrack.projects.support.ApiPaths.REPOSITORY_BY_ID;
import static io.devopstrack.projects.support.TestIds.PROJECT;
import static io.devopstrack.projects.support.TestIds.REPOSITORY;
import static io.devopstrack.testsupport.Callers.admin;
import static io.devopstrack.testsupport.Callers.maintainer;
import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.testsupport.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@ProjectsWebTest(RepositoryController.class)
class RepositoryControllerWebTests extends WebSliceTest {

    private static final String SHOP_API = "{\"name\":\"shop-api\",\"url\":\"https://git.example.test/shop/api.git\"}";

    @MockitoBean
    private RepositoryService repositories;

    @Test
    void aMaintainerAddsARepositoryAndGetsItsLocation() throws Exception {
        given(repositories.add(
                        PROJECT, new AddRepositoryRequest("shop-api", "https://git.example.test/shop/api.git", null)))
                .willReturn(new VcsRepository(REPOSITORY, "shop-api", "https://git.example.test/shop/api.git", "main"));

        mvc.perform(postJson(REPOSITORIES, SHOP_API, PROJECT).with(maintainer()))
                .andExpect(status().isCreated())
                .andExpect(
                        header().string(HttpHeaders.LOCATION, "/projects/" + PROJECT + "/repositories/" + REPOSITORY))
                .andExpect(jsonPath("$.defaultBranch").value("main"));
    }

    @Test
    void anScpLikeCloneUrlIsAValidUrl() throws Exception {
        given(repositories.add(any(), any()))
                .willReturn(new VcsRepository(REPOSITORY, "infra", "git@host:a/b.git", "main"));

        mvc.perform(postJson(
                                REPOSITORIES,
                                "{\"name\":\"infra\",\"url\":\"git@git.example.test:shop/infra.git\"}",
                                PROJECT)
                        .with(admin()))
                .andExpect(status().isCreated());
    }

    @Test
    void aMaintainerRemovesARepositoryWith204() throws Exception {
        mvc.perform(delete(REPOSITORY_BY_ID, PROJECT, REPOSITORY).with(maintainer()))
                .andExpect(status().isNoContent());

        then(repositories).should().remove(PROJECT, REPOSITORY);
    }

    @Test
    void anFtpUrlAndABranchWithASpaceAre400NamingBoth() throws Exception {
        String body = "{\"name\":\"api\",\"url\":\"ftp://git.example.test/a.git\",\"defaultBranch\":\"my branch\"}";

        mvc.perform(postJson(REPOSITORIES, body, PROJECT).with(maintainer()))
                .andExpect(invalidFields("defaultBranch", "url"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a valid git branch name"))
                .andExpect(
                        jsonPath("$.errors[1].message").value("must be an http(s), ssh or git URL, or user@host:path"));

        then(repositories).shouldHaveNoInteractions();
    }

    @Test
    void aBodyThatIsNotJsonIs400NamingTheBody() throws Exception {
        mvc.perform(postJson(REPOSITORIES, "name=api", PROJECT).with(maintainer()))
                .andExpect(invalidFields("body"));
    }

    @Test
    void aNameTheProjectAlreadyHasIs409() throws Exception {
        given(repositories.add(any(), any())).willThrow(new RepositoryNameTaken("shop-api"));

        mvc.perform(postJson(REPOSITORIES, SHOP_API, PROJECT).with(maintainer()))
                .andExpect(problem(HttpStatus.CONFLICT, "Repository name taken"));
    }

    @Test
    void removingAnUnknownRepositoryIs404() throws Exception {
        willThrow(new RepositoryNotFound(REPOSITORY)).given(repositories).remove(PROJECT, REPOSITORY);

        mvc.perform(delete(REPOSITORY_BY_ID, PROJECT, REPOSITORY).with(admin()))
                .andExpect(problem(HttpStatus.NOT_FOUND, "Repository not found"))
                .andExpect(jsonPath("$.detail").value("The project has no repository with id " + REPOSITORY + "."));
    }
}
