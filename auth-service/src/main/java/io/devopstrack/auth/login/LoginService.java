package io.devopstrack.auth.login;

import io.devopstrack.auth.token.TokenResponse;
import io.devopstrack.auth.token.TokenService;
import io.devopstrack.auth.user.User;
import io.devopstrack.auth.user.UserService;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
public record LoginService(
        UserService users, PasswordCheck passwords, TokenService tokens, LoginThrottle throttle, LoginMeters meters) {

    TokenResponse login(LoginRequest request, String clientAddress) {
        try {
            throttle.check(request.username(), clientAddress);
        } catch (LoginThrottled e) {
            meters.throttled();
            throw e;
        }
        Optional<User> user = users.findByUsername(request.username());
        boolean passwordMatches = passwords.matches(
                request.password(), user.map(User::passwordHash).orElse(null));
        if (user.isEmpty() || !passwordMatches || !user.get().enabled()) {
            throttle.recordFailure(request.username(), clientAddress);
            meters.failed();
            throw new BadCredentials();
        }
        throttle.recordSuccess(request.username());
        meters.succeeded();
        return tokens.issueFor(user.get());
    }
}
