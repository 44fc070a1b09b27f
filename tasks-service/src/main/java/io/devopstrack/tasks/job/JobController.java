package io.devopstrack.tasks.job;

import io.devopstrack.jobs.Job;
import io.devopstrack.jobs.JobStatus;
import io.devopstrack.platform.problem.InvalidInput;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/tasks")
public class JobController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final List<String> SOURCES = List.of(Job.SIMULATED, "github", "gitlab", "cdevents");

    private final JobService jobs;

    public JobController(JobService jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Job start(
            @Valid @RequestBody StartJobRequest request,
            Authentication caller,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey) {
        return jobs.start(request, userName(caller), authorization, IdempotencyKey.of(idempotencyKey));
    }

    @GetMapping
    public PagedModel<Job> list(
            @RequestParam(required = false) String projectId,
            @RequestParam(required = false) JobStatus status,
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (projectId != null && !projectId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new InvalidInput("projectId", "must be a project id");
        }
        if (source != null && !SOURCES.contains(source)) {
            throw new InvalidInput("source", "must be one of " + String.join(", ", SOURCES));
        }
        return jobs.list(projectId, status, source, page, size);
    }

    @GetMapping("/{id}")
    public Job get(@PathVariable String id) {
        return jobs.get(id);
    }

    @PostMapping("/{id}/cancel")
    public Job cancel(@PathVariable String id) {
        return jobs.cancel(id);
    }

    @PostMapping("/{id}/retry")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public Job retry(
            @PathVariable String id,
            Authentication caller,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        return jobs.retry(id, userName(caller), authorization);
    }

    private static String userName(Authentication caller) {
        if (caller.getPrincipal() instanceof Jwt jwt && jwt.getClaimAsString("preferred_username") != null) {
            return jwt.getClaimAsString("preferred_username");
        }
        return caller.getName();
    }
}
