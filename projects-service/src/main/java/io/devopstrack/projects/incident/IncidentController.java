package io.devopstrack.projects.incident;

import io.devopstrack.platform.rest.Created;
import io.devopstrack.projects.web.Paging;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Roles come from SecurityConfig's rules on /projects/**: GET for any role, the rest MAINTAINER or ADMIN. */
@RestController
@RequestMapping("/projects/{id}/incidents")
public record IncidentController(IncidentService incidents) {

    @PostMapping
    ResponseEntity<Incident> open(@PathVariable String id, @Valid @RequestBody CreateIncidentRequest request) {
        Incident opened = incidents.open(id, request);
        return Created.at(opened, "/projects/{id}/incidents/{incidentId}", id, opened.id());
    }

    @PostMapping("/{incidentId}/resolve")
    Incident resolve(
            @PathVariable String id,
            @PathVariable String incidentId,
            @Valid @RequestBody(required = false) ResolveIncidentRequest request) {
        return incidents.resolve(id, incidentId, request);
    }

    @PatchMapping("/{incidentId}")
    Incident relink(
            @PathVariable String id,
            @PathVariable String incidentId,
            @Valid @RequestBody RelinkIncidentRequest request) {
        return incidents.relink(id, incidentId, request);
    }

    @GetMapping
    PagedModel<Incident> list(
            @PathVariable String id,
            @RequestParam(required = false) String status,
            @ParameterObject Paging.Params page) {
        return incidents.list(id, status, page.paging());
    }
}
