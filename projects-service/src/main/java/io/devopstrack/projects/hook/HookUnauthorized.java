package io.devopstrack.projects.hook;

/** Missing or wrong signature or token: 401, and only a REJECTED line is stored. */
public class HookUnauthorized extends RuntimeException {

    public HookUnauthorized(String detail) {
        super(detail);
    }
}
