package io.devopstrack.auth.web;

import java.util.Comparator;
import java.util.List;

import io.devopstrack.auth.login.BadCredentials;
import io.devopstrack.auth.login.LoginThrottled;
import io.devopstrack.auth.token.RefreshTokenRejected;
import io.devopstrack.auth.user.LastAdminRequired;
import io.devopstrack.auth.user.PasswordTooLong;
import io.devopstrack.auth.user.UserNotFound;
import io.devopstrack.auth.user.UsernameTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * The one place where exceptions become RFC 9457 problem documents. Spring MVC's own exceptions (404, 405, 415,
 * ...) come from the base class; the messages of unexpected exceptions are never shown.
 */
@RestControllerAdvice
class ProblemDetails extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetails.class);

    @ExceptionHandler(BadCredentials.class)
    ProblemDetail badCredentials(BadCredentials e) {
        return problem(HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(RefreshTokenRejected.class)
    ProblemDetail refreshTokenRejected(RefreshTokenRejected e) {
        return problem(HttpStatus.UNAUTHORIZED, "The refresh token is not valid; log in again");
    }

    @ExceptionHandler(LoginThrottled.class)
    ResponseEntity<ProblemDetail> loginThrottled(LoginThrottled e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    @ExceptionHandler(UserNotFound.class)
    ProblemDetail userNotFound(UserNotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UsernameTaken.class)
    ProblemDetail usernameTaken(UsernameTaken e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(LastAdminRequired.class)
    ProblemDetail lastAdminRequired(LastAdminRequired e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(PasswordTooLong.class)
    ProblemDetail passwordTooLong(PasswordTooLong e) {
        return invalid(List.of(new FieldError("password", e.getMessage())));
    }

    // A transaction that cannot begin, commit or roll back means the connection to PostgreSQL is gone.
    @ExceptionHandler({ CannotGetJdbcConnectionException.class, TransactionException.class,
            DataAccessResourceFailureException.class, TransientDataAccessException.class })
    ProblemDetail databaseUnavailable(Exception e) {
        log.warn("Database unavailable: {}", e.toString());
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "The user store is unavailable; retry later");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                message(error))))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A well-formed document with a value of the wrong type names its field; anything else is just malformed.
        if (ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()
                && databind.getPath().get(0).getPropertyName() != null) {
            String field = databind.getPath().get(0).getPropertyName();
            return ResponseEntity.badRequest()
                    .body(invalid(List.of(new FieldError(field, "has a value of the wrong type or format"))));
        }
        String detail = ex.getCause() instanceof JacksonException ? "The request body is not valid JSON"
                : "The request body is missing or unreadable";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, detail));
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        return ProblemDetail.forStatusAndDetail(status, detail);
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }
}
