package io.devopstrack.projects.version;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class VersionNotFound extends ApiException {

    public VersionNotFound(String version) {
        super(HttpStatus.NOT_FOUND, "Version not found", "The project has no version " + version + ".");
    }
}
