package io.devopstrack.auth.login;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a login's password in the same time whether the user exists or not: an unknown user's password, or one
 * longer than bcrypt reads, is checked against a decoy hash, so that the answer's timing tells nothing.
 */
@Component
class PasswordCheck {

    private static final int BCRYPT_MAX_BYTES = 72;

    private final PasswordEncoder encoder;
    private final String decoyHash;

    PasswordCheck(PasswordEncoder encoder) {
        this.encoder = encoder;
        this.decoyHash = encoder.encode("decoy password for unknown users");
    }

    /** Whether the password matches the hash; a null hash (no such user) never matches, after the usual work. */
    boolean matches(String password, String hash) {
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_MAX_BYTES) {
            // No stored password is that long; hash a decoy so that the answer takes the usual time.
            encoder.matches("decoy", decoyHash);
            return false;
        }
        boolean matches = encoder.matches(password, hash == null ? decoyHash : hash);
        return hash != null && matches;
    }
}
