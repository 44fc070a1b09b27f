package io.devopstrack.projects.environment;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/** {@code url} is optional; {@code protected} is false when absent. */
public record AddEnvironmentRequest(
        @NotBlank
        @Size(max = 40)
        @Pattern(
                regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
                message = "must be letters, digits, '.', '_' or '-', starting with a letter or digit")
        String name,

        @Size(max = 2048) @URL(regexp = "^https?://.*", message = "must be an http(s) URL")
        String url,

        @JsonProperty("protected") Boolean isProtected) {}
