package io.devopstrack.auth.token;

public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {}
