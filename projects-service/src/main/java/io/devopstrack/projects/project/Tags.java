package io.devopstrack.projects.project;

final class Tags {

    static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    static final String MESSAGE = "must be letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Tags() {}
}
