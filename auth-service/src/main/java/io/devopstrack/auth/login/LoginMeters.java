package io.devopstrack.auth.login;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counts logins by outcome ({@code devopstrack.logins}) and those the rate limit refused unchecked. */
@Component
class LoginMeters {

    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;

    LoginMeters(MeterRegistry meters) {
        succeeded = loginCounter(meters, "success");
        failed = loginCounter(meters, "failure");
        throttled = Counter.builder("devopstrack.logins.throttled")
                .description("Logins refused by the rate limit, before any password check")
                .register(meters);
    }

    void succeeded() {
        succeeded.increment();
    }

    void failed() {
        failed.increment();
    }

    void throttled() {
        throttled.increment();
    }

    private static Counter loginCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("devopstrack.logins")
                .description("Login attempts by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }
}
