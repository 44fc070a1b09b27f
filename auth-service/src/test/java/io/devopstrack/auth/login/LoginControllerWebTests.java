package io.devopstrack.auth.login;

import static io.devopstrack.testsupport.JsonRequests.postJson;
import static io.devopstrack.testsupport.ProblemResults.invalidFields;
import static io.devopstrack.testsupport.ProblemResults.leaksNothing;
import static io.devopstrack.testsupport.ProblemResults.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.devopstrack.auth.support.AuthWebTest;
import io.devopstrack.auth.token.TokenResponse;
import io.devopstrack.testsupport.WebSliceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

@AuthWebTest(LoginController.class)
class LoginControllerWebTests extends WebSliceTest {

    private static final String LOGIN = "/auth/login";
    private static final String ADA = "{\"username\":\"ada\",\"password\":\"a-good-password\"}";

    @MockitoBean
    private LoginService logins;

    @Test
    void aLoginNeedsNoAccessTokenAndAnswersBothTokens() throws Exception {
        given(logins.login(new LoginRequest("ada", "a-good-password"), "10.0.0.7"))
                .willReturn(new TokenResponse("access.jwt", "refresh-1", "Bearer", 900));

        mvc.perform(postJson(LOGIN, ADA).with(request -> {
                    request.setRemoteAddr("10.0.0.7");
                    return request;
                }))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accessToken").value("access.jwt"))
                .andExpect(jsonPath("$.refreshToken").value("refresh-1"))
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(900));
    }

    @Test
    void aBlankUserNameAndAPasswordOver72CharactersAre400NamingBoth() throws Exception {
        String body = "{\"username\":\" \",\"password\":\"" + "p".repeat(73) + "\"}";

        mvc.perform(postJson(LOGIN, body)).andExpect(invalidFields("password", "username"));

        then(logins).shouldHaveNoInteractions();
    }

    @Test
    void aBodyThatIsNotJsonIs400NamingTheBody() throws Exception {
        mvc.perform(postJson(LOGIN, "username=ada&password=x")).andExpect(invalidFields("body"));

        then(logins).shouldHaveNoInteractions();
    }

    @Test
    void badCredentialsAre401WithOneAnswerForEveryCause() throws Exception {
        given(logins.login(any(), anyString())).willThrow(new BadCredentials());

        mvc.perform(postJson(LOGIN, ADA))
                .andExpect(problem(HttpStatus.UNAUTHORIZED, "Bad credentials"))
                .andExpect(jsonPath("$.detail").value("Invalid user name or password."));
    }

    @Test
    void aThrottledLoginIs429WithRetryAfterInWholeSeconds() throws Exception {
        given(logins.login(any(), anyString())).willThrow(new LoginThrottled(Duration.ofMillis(1500)));

        mvc.perform(postJson(LOGIN, ADA))
                .andExpect(problem(HttpStatus.TOO_MANY_REQUESTS, "Login throttled"))
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "2"));
    }

    @Test
    void aGetOfTheLoginIs405RatherThan401() throws Exception {
        mvc.perform(get(LOGIN)).andExpect(problem(HttpStatus.METHOD_NOT_ALLOWED));
    }

    @Test
    void theDatabaseDownIs503WithoutDriverDetails() throws Exception {
        given(logins.login(any(), anyString()))
                .willThrow(new CannotGetJdbcConnectionException("jdbc:postgresql://10.1.2.3/auth"));

        mvc.perform(postJson(LOGIN, ADA))
                .andExpect(problem(HttpStatus.SERVICE_UNAVAILABLE))
                .andExpect(leaksNothing("postgresql", "10.1.2.3"));
    }
}
