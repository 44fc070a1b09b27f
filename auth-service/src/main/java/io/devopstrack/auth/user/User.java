package io.devopstrack.auth.user;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record User(
        UUID id,
        String username,
        String passwordHash,
        boolean enabled,
        Set<Role> roles,
        Instant createdAt,
        Instant updatedAt) {

    public User {
        roles = Set.copyOf(roles);
    }

    User withRoles(Set<Role> newRoles, Instant now) {
        return new User(id, username, passwordHash, enabled, newRoles, createdAt, now);
    }

    User withEnabled(boolean newEnabled, Instant now) {
        return new User(id, username, passwordHash, newEnabled, roles, createdAt, now);
    }

    User withPasswordHash(String newHash, Instant now) {
        return new User(id, username, newHash, enabled, roles, createdAt, now);
    }

    boolean isEnabledAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }
}
