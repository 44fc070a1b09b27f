package io.devopstrack.projects.version;

import io.devopstrack.platform.rest.Created;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects/{id}/versions")
public record VersionController(VersionService versions) {

    @PostMapping
    ResponseEntity<VersionResponse> add(@PathVariable String id, @Valid @RequestBody AddVersionRequest request) {
        Version added = versions.add(id, request);
        return Created.at(
                VersionResponse.of(added, List.of()), "/projects/{id}/versions/{version}", id, added.version());
    }
}
