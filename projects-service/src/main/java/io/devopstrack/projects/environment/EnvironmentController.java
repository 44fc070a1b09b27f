package io.devopstrack.projects.environment;

import io.devopstrack.platform.rest.Created;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects/{id}/environments")
public record EnvironmentController(EnvironmentService environments) {

    @PostMapping
    ResponseEntity<Environment> add(@PathVariable String id, @Valid @RequestBody AddEnvironmentRequest request) {
        Environment added = environments.add(id, request);
        return Created.at(added, "/projects/{id}/environments/{envId}", id, added.id());
    }

    @DeleteMapping("/{envId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String id, @PathVariable String envId) {
        environments.remove(id, envId);
    }
}
