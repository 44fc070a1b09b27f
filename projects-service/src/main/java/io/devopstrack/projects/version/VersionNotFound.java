package io.devopstrack.projects.version;

import io.devopstrack.projects.web.NotFound;

public class VersionNotFound extends NotFound {

    public VersionNotFound(String version) {
        super("The project has no version " + version + ".");
    }
}
