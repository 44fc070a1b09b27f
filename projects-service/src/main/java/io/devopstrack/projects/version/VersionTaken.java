package io.devopstrack.projects.version;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class VersionTaken extends ApiException {

    public VersionTaken(String version) {
        super(HttpStatus.CONFLICT, "Version taken", "The project already has version " + version + ".");
    }
}
