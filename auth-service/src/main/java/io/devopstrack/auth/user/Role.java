package io.devopstrack.auth.user;

/** The three roles of the platform; the names travel as they are in the JWT {@code roles} claim. */
public enum Role {
    ADMIN,
    MAINTAINER,
    VIEWER
}
