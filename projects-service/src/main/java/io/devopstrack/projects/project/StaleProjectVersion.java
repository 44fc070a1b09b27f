package io.devopstrack.projects.project;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class StaleProjectVersion extends ApiException {

    public StaleProjectVersion(long version) {
        super(
                HttpStatus.CONFLICT,
                "Stale project version",
                "The project changed since version " + version + ": read it again and repeat the edit.");
    }
}
