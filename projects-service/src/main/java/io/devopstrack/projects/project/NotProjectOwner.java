package io.devopstrack.projects.project;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

public class NotProjectOwner extends ApiException {

    public NotProjectOwner() {
        super(
                HttpStatus.FORBIDDEN,
                "Not the project owner",
                "Only an ADMIN or the project's owner may delete a project.");
    }
}
