package io.devopstrack.auth.user;

import java.util.List;

public record MeResponse(String id, String username, List<String> roles) {}
