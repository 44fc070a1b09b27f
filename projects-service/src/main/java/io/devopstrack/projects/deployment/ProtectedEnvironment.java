package io.devopstrack.projects.deployment;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class ProtectedEnvironment extends ApiException {

    public ProtectedEnvironment(String environment) {
        super(
                HttpStatus.FORBIDDEN,
                "Protected environment",
                "Only a MAINTAINER or an ADMIN may deploy to the protected environment " + environment + ".");
    }
}
