package io.devopstrack.projects.hook;

import java.io.IOException;

import io.devopstrack.projects.integration.DeliveryOutcome;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /hooks/{kind}/{integrationId}}: verify, record, answer; the work is done later from the record. */
@RestController
public class HookController {

    private final HookIntake intake;
    private final HookProperties properties;

    public HookController(HookIntake intake, HookProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping("/hooks/{kind}/{integrationId}")
    ResponseEntity<HookAnswer> receive(@PathVariable String kind, @PathVariable String integrationId,
                                       HttpServletRequest request) throws IOException {
        byte[] body = RawBody.read(request, properties.maxBodyBytes());
        HookAnswer answer = intake.receive(kind, integrationId, HookRequest.of(request, body));
        return ResponseEntity.status(answer.outcome() == DeliveryOutcome.DUPLICATE ? 200 : 202).body(answer);
    }
}
