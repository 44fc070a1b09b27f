package io.devopstrack.projects.version;

import io.devopstrack.projects.web.Conflict;

public class VersionTaken extends Conflict {

    public VersionTaken(String version) {
        super("The project already has version " + version + ".");
    }
}
