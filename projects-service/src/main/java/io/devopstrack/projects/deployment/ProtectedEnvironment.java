package io.devopstrack.projects.deployment;

import io.devopstrack.projects.web.Forbidden;

public class ProtectedEnvironment extends Forbidden {

    public ProtectedEnvironment(String environment) {
        super("Only a MAINTAINER or an ADMIN may deploy to the protected environment " + environment + ".");
    }
}
