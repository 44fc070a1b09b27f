package io.devopstrack.projects.hook;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The hook answers that the shared error mapping has no case for; ordered before it, for HookController only. */
@RestControllerAdvice(assignableTypes = HookController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HookProblems {

    @ExceptionHandler(HookUnauthorized.class)
    ResponseEntity<ProblemDetail> unauthorized(HookUnauthorized e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage()));
    }

    @ExceptionHandler(BadHookBody.class)
    ProblemDetail badBody(BadHookBody e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * Written with a Content-Length and {@code Connection: close}: the rest of the body is never read, so Tomcat
     * drops the connection after the answer, which a chunked answer would not survive whole.
     */
    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<String> tooLarge(PayloadTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                        + e.getMessage() + "\"}");
    }
}
