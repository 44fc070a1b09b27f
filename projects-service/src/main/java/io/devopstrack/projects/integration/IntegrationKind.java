package io.devopstrack.projects.integration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The systems that can push events to a project; the JSON value is also the hook path segment. */
public enum IntegrationKind {
    @JsonProperty("github")
    GITHUB,
    @JsonProperty("gitlab")
    GITLAB,
    @JsonProperty("cdevents")
    CDEVENTS,
    @JsonProperty("alertmanager")
    ALERTMANAGER;

    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String hookPath(String integrationId) {
        return "/hooks/" + path() + "/" + integrationId;
    }
}
