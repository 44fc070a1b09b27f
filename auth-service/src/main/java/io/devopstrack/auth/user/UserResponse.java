package io.devopstrack.auth.user;

import java.time.Instant;
import java.util.List;

public record UserResponse(
        String id, String username, List<Role> roles, boolean enabled, Instant createdAt, Instant updatedAt) {

    static UserResponse of(User user) {
        return new UserResponse(
                user.id().toString(),
                user.username(),
                user.roles().stream().sorted().toList(),
                user.enabled(),
                user.createdAt(),
                user.updatedAt());
    }
}
