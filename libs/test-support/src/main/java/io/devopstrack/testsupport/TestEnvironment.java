package io.devopstrack.testsupport;

/**
 * Where a suite finds its servers: a system property first (set by {@code RealImagesSession} when the
 * suite runs against real images), then the environment, then the local default of docs/contracts.md.
 */
public final class TestEnvironment {

    private TestEnvironment() {}

    public static String get(String name, String localDefault) {
        String property = System.getProperty(name);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String variable = System.getenv(name);
        return variable == null || variable.isBlank() ? localDefault : variable;
    }
}
