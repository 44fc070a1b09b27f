package io.devopstrack.projects.hook;

/** The body is not what the headers say it is (not JSON, not the named event, not a CloudEvent): 400. */
public class BadHookBody extends RuntimeException {

    public BadHookBody(String detail) {
        super(detail);
    }
}
