package io.devopstrack.projects.repo;

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
@RequestMapping("/projects/{id}/repositories")
public record RepositoryController(RepositoryService repositories) {

    @PostMapping
    ResponseEntity<VcsRepository> add(@PathVariable String id, @Valid @RequestBody AddRepositoryRequest request) {
        VcsRepository added = repositories.add(id, request);
        return Created.at(added, "/projects/{id}/repositories/{repoId}", id, added.id());
    }

    @DeleteMapping("/{repoId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String id, @PathVariable String repoId) {
        repositories.remove(id, repoId);
    }
}
