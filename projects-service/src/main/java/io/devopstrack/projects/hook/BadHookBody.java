package io.devopstrack.projects.hook;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpStatus;

/** The body is not what the headers say it is (not JSON, not the named event, not a CloudEvent): 400. */
public class BadHookBody extends ApiException {

    public BadHookBody(String detail) {
        super(HttpStatus.BAD_REQUEST, "Bad hook body", detail);
    }
}
