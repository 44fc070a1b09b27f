package io.devopstrack.projects.web;

/** A resource named in the path does not exist: 404. */
public abstract class NotFound extends RuntimeException {

    protected NotFound(String detail) {
        super(detail);
    }
}
