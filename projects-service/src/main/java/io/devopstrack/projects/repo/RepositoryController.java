package io.devopstrack.projects.repo;

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
@RequestMapping("/projects/{id}/repositories")
public record RepositoryController(RepositoryService repositories) {

    @PostMapping
    ResponseEntity<VcsRepository> add(@PathVariable String id, @Valid @RequestBody AddRepositoryRequest request) {
        VcsRepository added = repositories.add(id, request);
        return ResponseEntity.created(URI.create("/projects/" + id + "/repositories/" + added.id()))
                .body(added);
    }

    @DeleteMapping("/{repoId}")
    ResponseEntity<Void> remove(@PathVariable String id, @PathVariable String repoId) {
        repositories.remove(id, repoId);
        return ResponseEntity.noContent().build();
    }
}
