package io.devopstrack.metrics.stats;

import io.devopstrack.metrics.project.ProjectTags;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Builds the filter of a statistics request: checks the parameters, then resolves the tag to its projects by asking
 * projects-service with the caller's own (already verified) access token.
 */
@Component
record StatsFilters(ProjectTags tags, Clock clock) {

    StatsFilter of(StatsParameters parameters) {
        StatsFilter filter =
                StatsFilter.parse(parameters.projectId(), parameters.tag(), parameters.from(), parameters.to(), clock);
        return filter.tag() == null ? filter : filter.withTagProjects(tags.projectsTagged(filter.tag(), bearer()));
    }

    private static String bearer() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return "Bearer " + token.getToken().getTokenValue();
        }
        throw new AccessDeniedException("the tag filter needs the caller's access token");
    }
}
