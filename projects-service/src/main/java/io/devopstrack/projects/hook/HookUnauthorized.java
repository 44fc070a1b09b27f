package io.devopstrack.projects.hook;

import io.devopstrack.platform.problem.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** Missing or wrong signature or token: 401, and only a REJECTED line is stored. */
public class HookUnauthorized extends ApiException {

    public HookUnauthorized(String detail) {
        super(HttpStatus.UNAUTHORIZED, "Unauthorized", detail);
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return headers;
    }
}
