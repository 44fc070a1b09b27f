package io.devopstrack.projects.project;

import io.devopstrack.projects.web.Forbidden;

public class NotProjectOwner extends Forbidden {

    public NotProjectOwner() {
        super("Only an ADMIN or the project's owner may delete a project.");
    }
}
