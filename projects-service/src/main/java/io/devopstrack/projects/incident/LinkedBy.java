package io.devopstrack.projects.incident;

/** How an incident got its deployment: found by time ({@code AUTO}) or named by a person or the sender. */
public enum LinkedBy {
    AUTO,
    MANUAL
}
