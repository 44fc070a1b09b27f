package io.devopstrack.projects.web;

/** The caller is known but may not do this to this resource: 403. */
public abstract class Forbidden extends RuntimeException {

    protected Forbidden(String detail) {
        super(detail);
    }
}
