package io.devopstrack.projects.support;

/** The ids the slice tests hand their mocked services, the same in every test class. */
public final class TestIds {

    /** The project a slice test asks about. */
    public static final String PROJECT = "65a1b2c3d4e5f60718293a4b";

    private TestIds() {}
}
