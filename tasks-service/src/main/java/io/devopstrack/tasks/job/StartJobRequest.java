package io.devopstrack.tasks.job;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /tasks}: run the pipeline of a project at a ref, with the default stages unless given. */
public record StartJobRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be a project id")
        String projectId,

        @NotBlank @Size(max = 200) String ref,

        @Size(min = 1, max = 20)
        List<
                        @NotBlank
                        @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,39}", message = "must be a lower-case stage name")
                        String>
                stages) {

    static final List<String> DEFAULT_STAGES = List.of("checkout", "build", "test", "package", "deploy");

    List<String> stagesOrDefault() {
        return stages == null ? DEFAULT_STAGES : stages;
    }
}
