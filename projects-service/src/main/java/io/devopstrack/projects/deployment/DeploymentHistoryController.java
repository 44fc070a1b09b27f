package io.devopstrack.projects.deployment;

import io.devopstrack.projects.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /projects/{id}/deployments?environment=&page=&size=}: every role may read. */
@RestController
public record DeploymentHistoryController(DeploymentHistory history) {

    @GetMapping("/projects/{id}/deployments")
    PagedModel<DeploymentListItem> list(
            @PathVariable String id,
            @RequestParam(required = false) String environment,
            @ParameterObject Paging.Params page) {
        return history.list(id, environment, page.paging());
    }
}
