package io.devopstrack.auth.login;

import io.devopstrack.auth.token.TokenResponse;
import io.devopstrack.auth.token.TokenService;
import io.devopstrack.auth.user.User;
import io.devopstrack.auth.user.UserService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Service
class LoginService {

    private static final int BCRYPT_MAX_BYTES = 72;

    private final UserService users;
    private final PasswordEncoder passwordEncoder;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter throttled;
    /** Checked against when the user does not exist, so that such a login costs one hash like any other. */
    private final String decoyHash;

    LoginService(
            UserService users,
            PasswordEncoder passwordEncoder,
            TokenService tokens,
            LoginThrottle throttle,
            MeterRegistry meters) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.throttle = throttle;
        this.succeeded = loginCounter(meters, "success");
        this.failed = loginCounter(meters, "failure");
        this.throttled = Counter.builder("devopstrack.logins.throttled")
                .description("Logins refused by the rate limit, before any password check")
                .register(meters);
        this.decoyHash = passwordEncoder.encode("decoy password for unknown users");
    }

    TokenResponse login(LoginRequest request, String clientAddress) {
        try {
            throttle.check(request.username(), clientAddress);
        } catch (LoginThrottled e) {
            throttled.increment();
            throw e;
        }
        Optional<User> user = users.findByUsername(request.username());
        boolean passwordMatches =
                passwordMatches(request.password(), user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !passwordMatches || !user.get().enabled()) {
            throttle.recordFailure(request.username(), clientAddress);
            failed.increment();
            throw new BadCredentials();
        }
        throttle.recordSuccess(request.username());
        succeeded.increment();
        return tokens.issueFor(user.get());
    }

    private boolean passwordMatches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            // No stored password is that long; hash a decoy so that the answer takes the usual time.
            passwordEncoder.matches("decoy", decoyHash);
            return false;
        }
        return passwordEncoder.matches(password, hash);
    }

    private static Counter loginCounter(MeterRegistry meters, String outcome) {
        return Counter.builder("devopstrack.logins")
                .description("Login attempts by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }
}
