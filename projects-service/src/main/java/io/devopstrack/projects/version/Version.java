package io.devopstrack.projects.version;

import java.time.Instant;

/** A released semantic version of a project, embedded in the project document. */
public record Version(String version, String commit, String notes, Instant committedAt, Instant createdAt) {

    /** The commit time for lead-time metrics, or the creation time when the commit time is unknown. */
    public Instant committedOrCreatedAt() {
        return committedAt != null ? committedAt : createdAt;
    }
}
