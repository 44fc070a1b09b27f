package io.devopstrack.auth.login;

import io.devopstrack.auth.token.TokenResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LoginController {

    private final LoginService logins;

    LoginController(LoginService logins) {
        this.logins = logins;
    }

    /** The client address is the peer's, or X-Forwarded-For's when server.forward-headers-strategy trusts it. */
    @PostMapping("/auth/login")
    TokenResponse login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return logins.login(request, http.getRemoteAddr());
    }
}
