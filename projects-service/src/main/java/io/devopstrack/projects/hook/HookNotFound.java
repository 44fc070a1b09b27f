package io.devopstrack.projects.hook;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** The same answer whether the integration never existed, was deleted, or is of another kind. */
public class HookNotFound extends ApiException {

    public HookNotFound() {
        super(HttpStatus.NOT_FOUND, "Hook not found", "No such hook.");
    }
}
