package io.devopstrack.projects.incident;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** Resolving twice would move the end of the outage; a resolved incident stays as it was resolved. */
public class IncidentAlreadyResolved extends ApiException {

    public IncidentAlreadyResolved(String id) {
        super(HttpStatus.CONFLICT, "Incident already resolved", "Incident " + id + " is already resolved.");
    }
}
