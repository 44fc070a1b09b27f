package io.devopstrack.tasks.project;

import io.devopstrack.tasks.config.TasksProperties;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks projects-service whether a project exists, with the caller's own token. A project seen to exist is
 * not asked again for a short while (a few seconds by default), which keeps projects-service out of the hot
 * path of job creation; a missing project is never remembered.
 */
@Component
public class ProjectsClient {

    private final RestClient rest;
    private final long cacheTtlNanos;
    private final Map<String, Long> seenUntil = new ConcurrentHashMap<>();

    public ProjectsClient(RestClient.Builder builder, TasksProperties properties) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(properties.projectsTimeout());
        requests.setReadTimeout(properties.projectsTimeout());
        this.rest = builder.baseUrl(properties.projectsUrl())
                .requestFactory(requests)
                .build();
        this.cacheTtlNanos = properties.projectsCacheTtl().toNanos();
    }

    /**
     * @throws ProjectNotFound       when projects-service answers 404, or 400 for an id that cannot exist
     * @throws AccessDeniedException when projects-service refuses the caller's token (401, 403)
     * @throws ProjectsUnavailable   when it cannot be reached in time, answers 5xx or asks to slow down (429)
     */
    public void requireExists(String projectId, String authorization) {
        Long until = seenUntil.get(projectId);
        if (until != null && until - System.nanoTime() > 0) {
            return;
        }
        try {
            rest.get()
                    .uri("/projects/{id}", projectId)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .retrieve()
                    .toBodilessEntity();
        } catch (HttpClientErrorException e) {
            seenUntil.remove(projectId);
            throw refusal(projectId, e);
        } catch (RestClientException e) {
            throw new ProjectsUnavailable(e);
        }
        if (cacheTtlNanos > 0) {
            seenUntil.put(projectId, System.nanoTime() + cacheTtlNanos);
        }
    }

    // A 4xx is projects-service's final word: telling the client to retry (503) would never help.
    private static RuntimeException refusal(String projectId, HttpClientErrorException e) {
        HttpStatusCode status = e.getStatusCode();
        if (status.isSameCodeAs(HttpStatus.UNAUTHORIZED) || status.isSameCodeAs(HttpStatus.FORBIDDEN)) {
            return new AccessDeniedException("projects-service refused access to project " + projectId);
        }
        if (status.isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS)) {
            return new ProjectsUnavailable(e);
        }
        return new ProjectNotFound(projectId);
    }
}
