package io.devopstrack.auth.token;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of /auth/refresh and /auth/logout. */
public record RefreshRequest(@NotBlank @Size(max = 128) String refreshToken) {}
