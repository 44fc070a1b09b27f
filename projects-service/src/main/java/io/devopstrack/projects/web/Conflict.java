package io.devopstrack.projects.web;

/** The request contradicts the stored state (duplicate, stale version): 409. */
public abstract class Conflict extends RuntimeException {

    protected Conflict(String detail) {
        super(detail);
    }
}
