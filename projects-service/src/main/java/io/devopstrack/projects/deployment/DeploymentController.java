package io.devopstrack.projects.deployment;

import io.devopstrack.platform.rest.Created;
import io.devopstrack.projects.project.Caller;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects/{id}/versions/{version}/deployments")
public class DeploymentController {

    private final DeploymentService deployments;

    public DeploymentController(DeploymentService deployments) {
        this.deployments = deployments;
    }

    @PostMapping
    ResponseEntity<DeploymentResponse> record(
            @PathVariable String id,
            @PathVariable String version,
            @Valid @RequestBody RecordDeploymentRequest request,
            Authentication authentication) {
        Deployment recorded = deployments.record(id, version, request, Caller.of(authentication));
        return Created.at(
                DeploymentResponse.of(recorded),
                "/projects/{id}/versions/{version}/deployments/{deploymentId}",
                id,
                version,
                recorded.id());
    }
}
