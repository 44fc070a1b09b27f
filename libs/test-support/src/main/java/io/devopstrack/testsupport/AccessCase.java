package io.devopstrack.testsupport;

import static org.springframework.test.util.AssertionErrors.assertTrue;

import io.devopstrack.platform.problem.Problems;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.web.servlet.HandlerMapping;

/** One case of an access-rule table: an endpoint, a caller, and what the service's security answers them. */
public record AccessCase(Endpoint endpoint, Caller caller, Answer answer) {

    /** Who calls: no one known (no token), or one of the {@link Callers} of a slice test, named by their role. */
    public enum Caller {
        WITHOUT_TOKEN("without a token", () -> request -> request),
        WITHOUT_ROLE("with a token but no role", () -> Callers.as("nobody")),
        VIEWER("as a viewer", Callers::viewer),
        MAINTAINER("as a maintainer", Callers::maintainer),
        ADMIN("as an admin", Callers::admin);

        private final String description;
        private final Supplier<RequestPostProcessor> token;

        Caller(String description, Supplier<RequestPostProcessor> token) {
            this.description = description;
            this.token = token;
        }
    }

    public enum Answer {
        UNAUTHORIZED("401"),
        FORBIDDEN("403"),
        LET_THROUGH("let through to its controller");

        private final String description;

        Answer(String description) {
            this.description = description;
        }
    }

    public MockHttpServletRequestBuilder request() {
        return endpoint.request().with(caller.token.get());
    }

    public boolean refused() {
        return answer != Answer.LET_THROUGH;
    }

    public ResultMatcher[] expected() {
        return switch (answer) {
            case UNAUTHORIZED ->
                new ResultMatcher[] {
                    ProblemResults.problem(HttpStatus.UNAUTHORIZED),
                    MockMvcResultMatchers.header().exists(HttpHeaders.WWW_AUTHENTICATE)
                };
            case FORBIDDEN ->
                new ResultMatcher[] {
                    ProblemResults.problem(HttpStatus.FORBIDDEN),
                    MockMvcResultMatchers.jsonPath("$.detail").value(Problems.FORBIDDEN)
                };
            case LET_THROUGH -> new ResultMatcher[] {this::notRefused, this::handledByTheEndpointsMapping};
        };
    }

    private void notRefused(MvcResult result) {
        int status = result.getResponse().getStatus();
        assertTrue("refused with " + status, status != 401 && status != 403);
    }

    /** The controller mapping of this method and path template answered, so the table names a real endpoint. */
    private void handledByTheEndpointsMapping(MvcResult result) {
        Object pattern = result.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        assertTrue("answered by the mapping " + pattern, endpoint.path().equals(pattern));
    }

    @Override
    public String toString() {
        return endpoint + " " + caller.description + ": " + answer.description;
    }
}
