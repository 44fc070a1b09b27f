package io.devopstrack.projects.integration;

import io.devopstrack.platform.rest.Created;
import io.devopstrack.projects.web.Paging;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Roles come from SecurityConfig's rules on /projects/**: GET for any role, the rest MAINTAINER or ADMIN. */
@RestController
@RequestMapping("/projects/{id}/integrations")
public class IntegrationController {

    private final IntegrationService integrations;

    public IntegrationController(IntegrationService integrations) {
        this.integrations = integrations;
    }

    @PostMapping
    ResponseEntity<IntegrationSecretResponse> create(
            @PathVariable String id, @Valid @RequestBody CreateIntegrationRequest request) {
        IntegrationSecretResponse created = integrations.create(id, request.kind());
        return Created.at(created, "/projects/{id}/integrations/{integrationId}", id, created.id());
    }

    @GetMapping
    List<IntegrationResponse> list(@PathVariable String id) {
        return integrations.list(id);
    }

    @PostMapping("/{integrationId}/secret")
    IntegrationSecretResponse rotate(@PathVariable String id, @PathVariable String integrationId) {
        return integrations.rotate(id, integrationId);
    }

    @DeleteMapping("/{integrationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, @PathVariable String integrationId) {
        integrations.delete(id, integrationId);
    }

    @GetMapping("/{integrationId}/deliveries")
    PagedModel<DeliveryResponse> deliveries(
            @PathVariable String id, @PathVariable String integrationId, @ParameterObject Paging.Params page) {
        return integrations.deliveries(id, integrationId, page.paging());
    }
}
