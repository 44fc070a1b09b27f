package io.devopstrack.projects.incident;

public enum IncidentStatus {
    OPEN,
    RESOLVED
}
