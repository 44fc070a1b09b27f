package io.devopstrack.projects.integration;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class IntegrationNotFound extends ApiException {

    public IntegrationNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Integration not found", "No integration with id " + id + ".");
    }
}
