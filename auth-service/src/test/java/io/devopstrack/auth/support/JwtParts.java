package io.devopstrack.auth.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the parts of a compact JWT without verifying it, to look at what the service put inside. */
public final class JwtParts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JwtParts() {}

    public static JsonNode header(String jwt) {
        return JSON.readTree(decode(jwt.split("\\.")[0]));
    }

    public static JsonNode claims(String jwt) {
        return JSON.readTree(decode(jwt.split("\\.")[1]));
    }

    public static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
