package io.devopstrack.auth.user;

import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partial update: an absent (null) field is left as it is. */
public record UpdateUserRequest(
        @Size(min = 1) Set<@NotNull Role> roles,
        Boolean enabled,
        @Size(min = 8, max = 72) String password) {
}
