package io.devopstrack.tasks.job;

import static io.devopstrack.testsupport.Callers.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.platform.paging.Pages;
import io.devopstrack.tasks.events.SseTickets;
import io.devopstrack.tasks.project.ProjectsUnavailable;
import io.devopstrack.tasks.support.TasksWebTest;
import io.devopstrack.testsupport.Callers;
import io.devopstrack.testsupport.WebSliceTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@TasksWebTest(JobController.class)
class JobControllerWebTests extends WebSliceTest {

    private static final String START = "{\"projectId\":\"p1\",\"ref\":\"main\"}";

    @MockitoBean
    private JobService jobs;

    @MockitoBean
    private SseTickets tickets;

    // Starting and retrying pass the caller's header on to projects-service, so these requests carry a real one.
    @MockitoBean
    private JwtDecoder decoder;

    @BeforeEach
    void tokens() {
        for (String role : List.of("MAINTAINER", "ADMIN")) {
            given(decoder.decode("token-of-" + role.toLowerCase())).willReturn(Callers.jwt(role.toLowerCase(), role));
        }
    }

    @Test
    void aViewerListsJobsInSpringDatasPageForm() throws Exception {
        given(jobs.list(null, null, null, 0, 20)).willReturn(Pages.of(List.of(), 0, 20, 0));

        mvc.perform(get("/tasks").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content").isEmpty())
                .andExpect(jsonPath("$.page.size").value(20))
                .andExpect(jsonPath("$.page.totalPages").value(0));
    }

    @Test
    void aMaintainerStartsAJobAs202() throws Exception {
        mvc.perform(start("maintainer")).andExpect(status().isAccepted());
        then(jobs).should().start(any(), org.mockito.ArgumentMatchers.eq("maintainer"), anyString(), isNull());
    }

    @Test
    void anIdempotencyKeyIsPassedOnAndOneThatIsNotVisibleAsciiIs400() throws Exception {
        mvc.perform(start("maintainer").header("Idempotency-Key", "start-7f3a")).andExpect(status().isAccepted());
        then(jobs)
                .should()
                .start(any(), any(), anyString(), org.mockito.ArgumentMatchers.eq(new IdempotencyKey("start-7f3a")));

        for (String invalid : List.of("two words", "x".repeat(256), "caf\u00e9")) {
            mvc.perform(start("maintainer").header("Idempotency-Key", invalid))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
        }
        then(jobs).shouldHaveNoMoreInteractions();
    }

    @Test
    void badFieldsAndParametersAre400NamingThem() throws Exception {
        mvc.perform(post("/tasks")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer token-of-admin")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"projectId\":\"p 1\",\"ref\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("projectId", "ref")));
        mvc.perform(get("/tasks?status=DONE").with(viewer()))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/tasks?size=0").with(viewer()))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/tasks?source=jenkins").with(viewer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        then(jobs).should(never()).start(any(), any(), any(), any());
        then(jobs).should(never()).list(any(), any(), any(), anyInt(), anyInt());
    }

    @Test
    void anUnknownJobIs404WithItsTitle() throws Exception {
        given(jobs.get("j404")).willThrow(new JobNotFound("j404"));

        mvc.perform(get("/tasks/j404").with(viewer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Job not found"));
    }

    @Test
    void projectsServiceDownIs503AndRedisDownIs503WithoutDetails() throws Exception {
        given(jobs.start(any(), any(), any(), any()))
                .willThrow(new ProjectsUnavailable(new RuntimeException("timeout")));
        given(jobs.get("j1")).willThrow(new RedisConnectionFailureException("Unable to connect to 127.0.0.1:6379"));

        mvc.perform(start("maintainer"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.title").value("Projects unavailable"));
        mvc.perform(get("/tasks/j1").with(viewer()))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(not(containsString("6379"))));
    }

    private static MockHttpServletRequestBuilder start(String role) {
        return post("/tasks")
                .header(HttpHeaders.AUTHORIZATION, "Bearer token-of-" + role)
                .contentType(MediaType.APPLICATION_JSON)
                .content(START);
    }
}
