package io.devopstrack.tasks.web;

import io.devopstrack.tasks.job.JobNotCancellable;
import io.devopstrack.tasks.job.JobNotFound;
import io.devopstrack.tasks.job.JobNotRetryable;
import io.devopstrack.tasks.project.ProjectNotFound;
import io.devopstrack.tasks.project.ProjectsUnavailable;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every exception → an RFC 9457 problem document; no driver message or stack trace reaches a client. */
@RestControllerAdvice
public class ProblemDetails extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

    @ExceptionHandler(JobNotFound.class)
    ProblemDetail jobNotFound(JobNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Job not found", e.getMessage());
    }

    @ExceptionHandler(ProjectNotFound.class)
    ProblemDetail projectNotFound(ProjectNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Project not found", e.getMessage());
    }

    @ExceptionHandler(JobNotCancellable.class)
    ProblemDetail notCancellable(JobNotCancellable e) {
        return problem(HttpStatus.CONFLICT, "Job not cancellable", e.getMessage());
    }

    @ExceptionHandler(JobNotRetryable.class)
    ProblemDetail notRetryable(JobNotRetryable e) {
        return problem(HttpStatus.CONFLICT, "Job not retryable", e.getMessage());
    }

    @ExceptionHandler(ProjectsUnavailable.class)
    ProblemDetail projectsUnavailable(ProjectsUnavailable e) {
        log.warn("projects-service unavailable: {}", e.getCause().getClass().getSimpleName());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Projects unavailable",
                "projects-service did not answer; try again later");
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class, RedisSystemException.class})
    ProblemDetail storeUnavailable(RuntimeException e) {
        log.warn("Redis unavailable: {}", e.getClass().getSimpleName());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Job store unavailable", "the job store is unreachable; try again later");
    }

    @ExceptionHandler(InvalidParameter.class)
    ProblemDetail invalidParameter(InvalidParameter e) {
        return badRequest(List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "an unexpected error occurred");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(badRequest(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(badRequest(List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        return ResponseEntity.badRequest().body(badRequest(List.of(Map.of("field", field, "message", "invalid value"))));
    }

    private static ProblemDetail badRequest(List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "the request has invalid fields");
        problem.setProperty("errors", errors);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
