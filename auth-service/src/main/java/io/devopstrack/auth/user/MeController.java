package io.devopstrack.auth.user;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Answers from the verified access token alone: no database round trip on the hottest endpoint. */
@RestController
class MeController {

    @GetMapping("/auth/me")
    MeResponse me(@AuthenticationPrincipal Jwt token) {
        return new MeResponse(
                token.getSubject(), token.getClaimAsString("preferred_username"), token.getClaimAsStringList("roles"));
    }
}
