package io.devopstrack.metrics.project;

import com.github.benmanes.caffeine.cache.Cache;
import io.devopstrack.metrics.config.ProjectsProperties;
import io.devopstrack.platform.client.PeerClients;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The projects carrying a tag, asked of projects-service ({@code GET /projects?tag=}, every page) with the caller's
 * own token at query time, so that a tag added to or removed from a project counts at once for every point already
 * stored. An answer is reused for a short while ({@code PROJECTS_CACHE_TTL}, 30 s): every role may read every
 * project, so the answer does not depend on who asks.
 */
@Component
public class ProjectTags {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGES = 100;

    private final RestClient rest;
    private final Cache<String, Set<String>> cache;

    public ProjectTags(RestClient.Builder builder, ProjectsProperties properties) {
        this.rest = PeerClients.restClient(builder, properties.url(), properties.timeout());
        this.cache = PeerClients.answerCache(properties.cacheTtl());
    }

    /**
     * @throws AccessDeniedException when projects-service refuses the caller's token
     * @throws ProjectsUnavailable   when it cannot be reached in time or answers anything else than 200
     */
    public Set<String> projectsTagged(String tag, String authorization) {
        Set<String> cached = cache.getIfPresent(tag);
        if (cached != null) {
            return cached;
        }
        Set<String> projects = new HashSet<>();
        for (int page = 0, pages = 1; page < pages && page < MAX_PAGES; page++) {
            JsonNode answer = fetch(tag, page, authorization);
            answer.path("content")
                    .forEach(project -> projects.add(project.path("id").asString()));
            pages = answer.path("page").path("totalPages").asInt(0);
        }
        Set<String> answer = Set.copyOf(projects);
        cache.put(tag, answer);
        return answer;
    }

    private JsonNode fetch(String tag, int page, String authorization) {
        try {
            JsonNode body = rest.get()
                    .uri(uri -> uri.path("/projects")
                            .queryParam("tag", tag)
                            .queryParam("page", page)
                            .queryParam("size", PAGE_SIZE)
                            .build())
                    .header(HttpHeaders.AUTHORIZATION, authorization)
                    .retrieve()
                    .body(JsonNode.class);
            if (body == null) {
                throw new ProjectsUnavailable(new IllegalStateException("empty answer"));
            }
            return body;
        } catch (HttpClientErrorException e) {
            if (PeerClients.refusedToken(e.getStatusCode())) {
                throw new AccessDeniedException("projects-service refused to list the projects of a tag");
            }
            throw new ProjectsUnavailable(e);
        } catch (RestClientException e) {
            throw new ProjectsUnavailable(e);
        }
    }
}
