package io.devopstrack.auth.user;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A partial update: an absent (null) field is left as it is. */
public record UpdateUserRequest(
        @Size(min = 1) Set<@NotNull Role> roles,
        Boolean enabled,
        @Size(min = 8, max = 72) String password) {}
