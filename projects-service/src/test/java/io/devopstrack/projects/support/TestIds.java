package io.devopstrack.projects.support;

/** The ids the slice tests hand their mocked services, the same in every test class. */
public final class TestIds {

    /** The project a slice test asks about. */
    public static final String PROJECT = "65a1b2c3d4e5f60718293a4b";

    public static final String ENVIRONMENT = "65a1b2c3d4e5f60718293a4c";
    public static final String REPOSITORY = "65a1b2c3d4e5f60718293a4d";
    public static final String DEPLOYMENT = "65a1b2c3d4e5f60718293a4e";
    public static final String INCIDENT = "65a1b2c3d4e5f60718293a50";
    public static final String INTEGRATION = "65a1b2c3d4e5f60718293a51";

    private TestIds() {}
}
