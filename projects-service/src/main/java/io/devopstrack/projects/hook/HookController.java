package io.devopstrack.projects.hook;

import io.devopstrack.projects.integration.DeliveryOutcome;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /hooks/{kind}/{integrationId}}: verify, record, answer; the work is done later from the record. */
@RestController
public record HookController(HookIntake intake, HookProperties properties) {

    @PostMapping("/hooks/{kind}/{integrationId}")
    ResponseEntity<?> receive(@PathVariable String kind, @PathVariable String integrationId, HttpServletRequest request)
            throws IOException {
        byte[] body;
        try {
            body = RawBody.read(request, properties.maxBodyBytes());
        } catch (PayloadTooLarge e) {
            return tooLarge(e);
        }
        HookAnswer answer = intake.receive(kind, integrationId, HookRequest.of(request, body));
        return ResponseEntity.status(answer.outcome() == DeliveryOutcome.DUPLICATE ? 200 : 202)
                .body(answer);
    }

    /**
     * Written here as a complete string, with a Content-Length and {@code Connection: close}: the rest of the body
     * is never read, so Tomcat drops the connection after the answer, which a chunked answer would not survive.
     */
    private static ResponseEntity<String> tooLarge(PayloadTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONNECTION, "close")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\""
                        + e.getMessage() + "\"}");
    }
}
