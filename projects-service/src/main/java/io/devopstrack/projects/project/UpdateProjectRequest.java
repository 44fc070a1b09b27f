package io.devopstrack.projects.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A full replacement of the editable fields; {@code version} is the one the client read (optimistic lock). */
public record UpdateProjectRequest(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 2000) String description,

        @Size(max = 20)
        List<@NotBlank @Size(max = 40) @Pattern(regexp = Tags.PATTERN, message = Tags.MESSAGE) String> tags,

        @NotNull @PositiveOrZero Long version) {}
