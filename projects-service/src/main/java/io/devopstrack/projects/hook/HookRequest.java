package io.devopstrack.projects.hook;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A delivery as it came in: the headers (first value of each, names case-insensitive) and the raw body. */
public record HookRequest(Map<String, String> headers, byte[] body) {

    public static HookRequest of(HttpServletRequest request, byte[] body) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, request.getHeader(name));
        }
        return new HookRequest(Collections.unmodifiableMap(headers), body);
    }

    /** The header's value, or null when it is absent or blank. */
    public String header(String name) {
        String value = headers.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
