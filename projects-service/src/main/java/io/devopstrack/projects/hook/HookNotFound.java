package io.devopstrack.projects.hook;

import io.devopstrack.projects.web.NotFound;

/** The same answer whether the integration never existed, was deleted, or is of another kind. */
public class HookNotFound extends NotFound {

    public HookNotFound() {
        super("No such hook.");
    }
}
