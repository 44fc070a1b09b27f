package io.devopstrack.projects.project;

import io.devopstrack.projects.web.Conflict;

public class StaleProjectVersion extends Conflict {

    public StaleProjectVersion(long version) {
        super("The project changed since version " + version + ": read it again and repeat the edit.");
    }
}
