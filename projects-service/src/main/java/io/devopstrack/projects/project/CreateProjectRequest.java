package io.devopstrack.projects.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

public record CreateProjectRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 2000) String description,

        @Size(max = 20)
        List<@NotBlank @Size(max = 40) @Pattern(regexp = Tags.PATTERN, message = Tags.MESSAGE) String> tags) {}
