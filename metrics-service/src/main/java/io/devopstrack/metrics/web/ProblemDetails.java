package io.devopstrack.metrics.web;

import java.util.List;
import java.util.Map;

import io.devopstrack.metrics.influx.MetricsQueryFailed;
import io.devopstrack.metrics.influx.MetricsStoreUnavailable;
import io.devopstrack.metrics.stats.InvalidStatsQuery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every error of this service as an RFC 9457 problem document; the security filters delegate here too. */
@RestControllerAdvice
public class ProblemDetails {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

    @ExceptionHandler(InvalidStatsQuery.class)
    ProblemDetail invalidQuery(InvalidStatsQuery e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "invalid parameter " + e.parameter() + ": " + e.getMessage());
        problem.setTitle("Invalid query");
        problem.setProperty("errors", List.of(Map.of("field", e.parameter(), "message", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(MetricsStoreUnavailable.class)
    ProblemDetail storeUnavailable(MetricsStoreUnavailable e) {
        log.warn("{}: {}", e.getMessage(), e.getCause() == null ? "" : e.getCause().toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The metrics store is unavailable; try again shortly.");
        problem.setTitle("Metrics store unavailable");
        return problem;
    }

    @ExceptionHandler(MetricsQueryFailed.class)
    ProblemDetail queryFailed(MetricsQueryFailed e) {
        log.error("InfluxDB rejected a statistics query", e);
        return ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "A valid bearer access token is required.");
        problem.setTitle("Unauthorized");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "One of the roles ADMIN, MAINTAINER or VIEWER is required.");
        problem.setTitle("Forbidden");
        return problem;
    }
}
