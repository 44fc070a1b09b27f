package io.devopstrack.projects.version;

import io.devopstrack.projects.project.ProjectUpdates;
import java.util.Locale;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

@Service
public class VersionService {

    private final ProjectUpdates updates;

    public VersionService(ProjectUpdates updates) {
        this.updates = updates;
    }

    /** The "not there yet" condition and the push are one atomic update: uniqueness per project holds under races. */
    public Version add(String projectId, AddVersionRequest request) {
        Version version = new Version(
                request.version(),
                request.commit().toLowerCase(Locale.ROOT),
                request.notes(),
                request.committedAt(),
                ProjectUpdates.now());
        updates.apply(
                projectId,
                Criteria.where("versions.version").ne(version.version()),
                new Update().push("versions", version),
                () -> new VersionTaken(version.version()));
        return version;
    }
}
