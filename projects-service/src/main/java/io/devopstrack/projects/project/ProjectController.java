package io.devopstrack.projects.project;

import io.devopstrack.platform.rest.Created;
import io.devopstrack.projects.web.Paging;
import jakarta.validation.Valid;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/projects")
public record ProjectController(ProjectService projects) {

    @GetMapping
    PagedModel<ProjectResponse> list(
            @ParameterObject Paging.Params page,
            @RequestParam(required = false) List<String> sort,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String tag) {
        return new PagedModel<>(projects.list(ProjectQuery.of(page.paging(), sort, q, tag)));
    }

    @PostMapping
    ResponseEntity<ProjectResponse> create(
            @Valid @RequestBody CreateProjectRequest request, Authentication authentication) {
        Project created = projects.create(request, Caller.of(authentication));
        return Created.at(ProjectResponse.of(created), "/projects/{id}", created.id());
    }

    @GetMapping("/{id}")
    ProjectResponse get(@PathVariable String id) {
        return ProjectResponse.of(projects.get(id));
    }

    @PutMapping("/{id}")
    ProjectResponse update(@PathVariable String id, @Valid @RequestBody UpdateProjectRequest request) {
        return ProjectResponse.of(projects.update(id, request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id, Authentication authentication) {
        projects.delete(id, Caller.of(authentication));
    }
}
