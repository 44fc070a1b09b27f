package io.devopstrack.tasks.project;

import com.github.benmanes.caffeine.cache.Cache;
import io.devopstrack.platform.client.PeerClients;
import io.devopstrack.tasks.config.TasksProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
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
    private final Cache<String, Boolean> seen;

    public ProjectsClient(RestClient.Builder builder, TasksProperties properties) {
        this.rest = PeerClients.restClient(builder, properties.projectsUrl(), properties.projectsTimeout());
        this.seen = PeerClients.answerCache(properties.projectsCacheTtl());
    }

    /**
     * @throws ProjectNotFound       when projects-service answers 404, or 400 for an id that cannot exist
     * @throws AccessDeniedException when projects-service refuses the caller's token (401, 403)
     * @throws ProjectsUnavailable   when it cannot be reached in time, answers 5xx or asks to slow down (429)
     */
    public void requireExists(String projectId, String authorization) {
        if (seen.getIfPresent(projectId) != null) {
            return;
        }
        try {
            rest.get()
                    .uri("/projects/{id}", projectId)
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .retrieve()
                    .toBodilessEntity();
        } catch (HttpClientErrorException e) {
            seen.invalidate(projectId);
            throw refusal(projectId, e);
        } catch (RestClientException e) {
            throw new ProjectsUnavailable(e);
        }
        seen.put(projectId, Boolean.TRUE);
    }

    // A 4xx is projects-service's final word: telling the client to retry (503) would never help.
    private static RuntimeException refusal(String projectId, HttpClientErrorException e) {
        HttpStatusCode status = e.getStatusCode();
        if (PeerClients.refusedToken(status)) {
            return new AccessDeniedException("projects-service refused access to project " + projectId);
        }
        if (status.isSameCodeAs(HttpStatus.TOO_MANY_REQUESTS)) {
            return new ProjectsUnavailable(e);
        }
        return new ProjectNotFound(projectId);
    }
}
