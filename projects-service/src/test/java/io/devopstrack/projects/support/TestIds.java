package io.devopstrack.projects.support;

import org.bson.types.ObjectId;

/**
 * The ids the slice tests hand their mocked services, the same in every test class of a run: made as the service
 * makes its own (ObjectIds), so that they pass its id checks without standing for any particular value.
 */
public final class TestIds {

    /** The project a slice test asks about. */
    public static final String PROJECT = newId();

    public static final String ENVIRONMENT = newId();
    public static final String REPOSITORY = newId();
    public static final String DEPLOYMENT = newId();
    public static final String INCIDENT = newId();
    public static final String INTEGRATION = newId();

    private TestIds() {}

    private static String newId() {
        return new ObjectId().toHexString();
    }
}
