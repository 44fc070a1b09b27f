package io.devopstrack.projects.environment;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects/{id}/environments")
public record EnvironmentController(EnvironmentService environments) {

    @PostMapping
    ResponseEntity<Environment> add(@PathVariable String id, @Valid @RequestBody AddEnvironmentRequest request) {
        Environment added = environments.add(id, request);
        return ResponseEntity.created(URI.create("/projects/" + id + "/environments/" + added.id()))
                .body(added);
    }

    @DeleteMapping("/{envId}")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String envId) {
        environments.remove(id, envId);
        return ResponseEntity.noContent().build();
    }
}
