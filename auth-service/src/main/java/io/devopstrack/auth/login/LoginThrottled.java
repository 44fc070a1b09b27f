package io.devopstrack.auth.login;

import io.devopstrack.platform.problem.ApiException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

public class LoginThrottled extends ApiException {

    private final Duration retryAfter;

    public LoginThrottled(Duration retryAfter) {
        super(HttpStatus.TOO_MANY_REQUESTS, "Login throttled", "Too many failed logins; retry later.");
        this.retryAfter = retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    @Override
    public HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds()));
        return headers;
    }
}
