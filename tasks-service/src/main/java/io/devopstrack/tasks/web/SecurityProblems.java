package io.devopstrack.tasks.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 (and 503 when the ticket store is down) as problem documents, written by the security chain. */
@Component
public class SecurityProblems {

    private final JsonMapper json;

    public SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    public AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException) {
                write(response, HttpStatus.SERVICE_UNAVAILABLE, "Job store unavailable", "try again later");
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "a valid access token or event ticket is required");
        };
    }

    public AccessDeniedHandler accessDenied() {
        return (request, response, e) ->
                write(response, HttpStatus.FORBIDDEN, "Forbidden", "your role does not allow this operation");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetails.problem(status, title, detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
