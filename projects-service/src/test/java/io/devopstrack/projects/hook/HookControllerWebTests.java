package io.devopstrack.projects.hook;

import static io.devopstrack.projects.support.ApiPaths.HOOK;
import static io.devopstrack.projects.support.TestIds.INTEGRATION;
import static io.devopstrack.testsupport.ProblemResults.leaksNothing;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.projects.integration.DeliveryOutcome;
import io.devopstrack.projects.support.ProjectsWebTest;
import io.devopstrack.testsupport.WebSliceTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A hook carries no access token: its integration's secret is checked by HookIntake, mocked here. */
@ProjectsWebTest(HookController.class)
@Import(HookSecurityConfig.class)
@EnableConfigurationProperties(HookProperties.class)
@TestPropertySource(properties = "devopstrack.hooks.max-body-bytes=64")
class HookControllerWebTests extends WebSliceTest {

    private static final String PUSH = "{\"ref\":\"refs/heads/main\"}";

    @MockitoBean
    private HookIntake intake;

    @Test
    void anAcceptedDeliveryIs202WithoutAnyAccessToken() throws Exception {
        given(intake.receive(eq("github"), eq(INTEGRATION), any())).willReturn(answer(DeliveryOutcome.ACCEPTED));

        mvc.perform(delivery("github", PUSH).header("X-GitHub-Event", "push"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.deliveryId").value("d-1"))
                .andExpect(jsonPath("$.outcome").value("ACCEPTED"));
    }

    @Test
    void anIgnoredDeliveryIs202AndARedeliveryIs200Duplicate() throws Exception {
        given(intake.receive(any(), any(), any()))
                .willReturn(answer(DeliveryOutcome.IGNORED), answer(DeliveryOutcome.DUPLICATE));

        mvc.perform(delivery("gitlab", PUSH))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.outcome").value("IGNORED"));
        mvc.perform(delivery("gitlab", PUSH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome").value("DUPLICATE"));
    }

    @Test
    void aCdEventsSendersBearerSecretReachesTheIntakeInsteadOfTheJwtDecoder() throws Exception {
        given(intake.receive(any(), any(), any())).willReturn(answer(DeliveryOutcome.ACCEPTED));

        mvc.perform(delivery("cdevents", PUSH).header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt"))
                .andExpect(status().isAccepted());

        ArgumentCaptor<HookRequest> request = ArgumentCaptor.forClass(HookRequest.class);
        then(intake).should().receive(eq("cdevents"), eq(INTEGRATION), request.capture());
        assertThat(request.getValue().header("authorization")).isEqualTo("Bearer not-a-jwt");
        assertThat(new String(request.getValue().body(), StandardCharsets.UTF_8))
                .isEqualTo(PUSH);
    }

    @Test
    void aWrongSignatureIs401WithAWwwAuthenticateHeader() throws Exception {
        given(intake.receive(any(), any(), any()))
                .willThrow(new HookUnauthorized("Missing or wrong signature or token."));

        mvc.perform(delivery("github", PUSH))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "Unauthorized"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @Test
    void anUnknownHookIs404AndABodyThatIsNotTheEventIs400() throws Exception {
        given(intake.receive(eq("github"), any(), any())).willThrow(new HookNotFound());
        given(intake.receive(eq("gitlab"), any(), any())).willThrow(new BadHookBody("The body is not JSON."));

        mvc.perform(delivery("github", PUSH)).andExpect(problem(HttpStatus.NOT_FOUND, "Hook not found"));
        mvc.perform(delivery("gitlab", "not json"))
                .andExpect(problem(HttpStatus.BAD_REQUEST, "Bad hook body"))
                .andExpect(jsonPath("$.detail").value("The body is not JSON."));
    }

    @Test
    void aBodyOverTheLimitIs413AndClosesTheConnectionBeforeTheIntakeSeesIt() throws Exception {
        mvc.perform(delivery("github", "x".repeat(65)))
                .andExpect(problem(HttpStatus.CONTENT_TOO_LARGE))
                .andExpect(header().string(HttpHeaders.CONNECTION, "close"))
                .andExpect(jsonPath("$.detail").value("The body is larger than 64 bytes."));

        then(intake).shouldHaveNoInteractions();
    }

    @Test
    void aHookIsOnlyPostedSoAGetIs405() throws Exception {
        mvc.perform(get("/hooks/github/{id}", INTEGRATION)).andExpect(problem(HttpStatus.METHOD_NOT_ALLOWED));
    }

    @Test
    void theDeliveryStoreDownIs503WithoutDriverDetails() throws Exception {
        given(intake.receive(any(), any(), any()))
                .willThrow(new DataAccessResourceFailureException("Timed out after 2000 ms: 127.0.0.1:27017"));

        mvc.perform(delivery("github", PUSH))
                .andExpect(problem(HttpStatus.SERVICE_UNAVAILABLE))
                .andExpect(leaksNothing("27017"));
    }

    private static MockHttpServletRequestBuilder delivery(String kind, String body) {
        return post(HOOK, kind, INTEGRATION)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private static HookAnswer answer(DeliveryOutcome outcome) {
        return new HookAnswer("d-1", outcome);
    }
}
