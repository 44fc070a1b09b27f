package io.devopstrack.projects.integration;

import io.devopstrack.projects.web.NotFound;

public class IntegrationNotFound extends NotFound {

    public IntegrationNotFound(String id) {
        super("Integration " + id + " not found.");
    }
}
