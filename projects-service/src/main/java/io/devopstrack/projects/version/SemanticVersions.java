package io.devopstrack.projects.version;

import io.devopstrack.platform.problem.InvalidInput;

/** Semantic Versioning 2.0.0, the regular expression the specification itself suggests (no "v" prefix). */
public final class SemanticVersions {

    public static final String PATTERN = "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$";
    public static final String MESSAGE = "must be a semantic version such as 1.4.0 or 2.0.0-rc.1";
    public static final int MAX_LENGTH = 100;

    private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

    private SemanticVersions() {}

    public static String require(String field, String value) {
        if (value == null
                || value.length() > MAX_LENGTH
                || !COMPILED.matcher(value).matches()) {
            throw new InvalidInput(field, MESSAGE);
        }
        return value;
    }
}
