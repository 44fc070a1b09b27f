package io.devopstrack.testsupport;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One endpoint of a service as its controller maps it, for a table of the service's access rules ({@link AccessRule}):
 * {@code post("/projects/{id}/versions", body)}. Each path variable is sent as its own name ({@code /projects/id/...});
 * a body is sent as JSON and should be valid, so that a caller who is let through reaches the controller's service.
 */
public record Endpoint(HttpMethod method, String path, String body) {

    public static Endpoint get(String path) {
        return new Endpoint(HttpMethod.GET, path, null);
    }

    public static Endpoint post(String path) {
        return new Endpoint(HttpMethod.POST, path, null);
    }

    public static Endpoint post(String path, String body) {
        return new Endpoint(HttpMethod.POST, path, body);
    }

    public static Endpoint put(String path, String body) {
        return new Endpoint(HttpMethod.PUT, path, body);
    }

    public static Endpoint patch(String path, String body) {
        return new Endpoint(HttpMethod.PATCH, path, body);
    }

    public static Endpoint delete(String path) {
        return new Endpoint(HttpMethod.DELETE, path, null);
    }

    public MockHttpServletRequestBuilder request() {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(method, path.replaceAll("\\{(\\w+)}", "$1"));
        return body == null
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
