package io.devopstrack.projects.incident;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class IncidentNotFound extends ApiException {

    public IncidentNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Incident not found", "No incident with id " + id + " in this project.");
    }
}
