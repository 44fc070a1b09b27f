package io.devopstrack.testsupport;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Requests with a JSON body for a slice test: {@code postJson("/projects/{id}/versions", body, id)}. */
public final class JsonRequests {

    private JsonRequests() {}

    public static MockHttpServletRequestBuilder postJson(String uriTemplate, String body, Object... uriVariables) {
        return withBody(MockMvcRequestBuilders.post(uriTemplate, uriVariables), body);
    }

    public static MockHttpServletRequestBuilder putJson(String uriTemplate, String body, Object... uriVariables) {
        return withBody(MockMvcRequestBuilders.put(uriTemplate, uriVariables), body);
    }

    public static MockHttpServletRequestBuilder patchJson(String uriTemplate, String body, Object... uriVariables) {
        return withBody(MockMvcRequestBuilders.patch(uriTemplate, uriVariables), body);
    }

    private static MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
