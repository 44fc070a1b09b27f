package io.devopstrack.projects.version;

import io.devopstrack.projects.project.ProjectUpdates;
import java.util.Locale;
import org.springframework.stereotype.Service;

@Service
public record VersionService(ProjectUpdates updates) {

    /** The "not there yet" condition and the push are one atomic update: uniqueness per project holds under races. */
    public Version add(String projectId, AddVersionRequest request) {
        Version version = new Version(
                request.version(),
                request.commit().toLowerCase(Locale.ROOT),
                request.notes(),
                request.committedAt(),
                updates.now());
        updates.addUnique(
                projectId,
                "versions",
                "version",
                version.version(),
                version,
                () -> new VersionTaken(version.version()));
        return version;
    }
}
