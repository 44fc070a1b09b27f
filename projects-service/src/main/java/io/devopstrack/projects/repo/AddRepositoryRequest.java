package io.devopstrack.projects.repo;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code defaultBranch} is "main" when absent. */
public record AddRepositoryRequest(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Size(max = 2048) @VcsUrl String url,

        @Size(min = 1, max = 255)
        @Pattern(regexp = "^[^\\s~^:?*\\[\\\\]+$", message = "must be a valid git branch name")
        String defaultBranch) {}
