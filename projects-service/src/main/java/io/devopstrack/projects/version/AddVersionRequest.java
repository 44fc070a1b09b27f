package io.devopstrack.projects.version;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** {@code committedAt} (optional) is when the commit was made; it feeds the lead-time metric. */
public record AddVersionRequest(
        @NotBlank
        @Size(max = SemanticVersions.MAX_LENGTH)
        @Pattern(regexp = SemanticVersions.PATTERN, message = SemanticVersions.MESSAGE)
        String version,

        @NotBlank @Pattern(regexp = "^[0-9a-fA-F]{7,40}$", message = "must be 7 to 40 hexadecimal digits")
        String commit,

        @Size(max = 5000) String notes,
        Instant committedAt) {}
