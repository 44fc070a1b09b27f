package io.devopstrack.auth.token;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
record TokenController(TokenService tokens, SigningKeys signingKeys) {

    @PostMapping("/auth/refresh")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return tokens.refresh(request.refreshToken());
    }

    @PostMapping("/auth/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody RefreshRequest request) {
        tokens.logout(request.refreshToken());
    }

    /** The JWK Set (public keys only) that every resource server verifies access tokens with. */
    @GetMapping("/auth/jwks")
    Map<String, Object> jwks() {
        return signingKeys.publicJwkSet().toJSONObject(true);
    }
}
