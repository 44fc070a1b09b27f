package io.devopstrack.auth.user;

import io.devopstrack.platform.problem.InvalidInput;

/** BCrypt reads only the first 72 bytes of a password; a longer one would be silently truncated. */
public class PasswordTooLong extends InvalidInput {

    public static final int MAX_BYTES = 72;

    public PasswordTooLong() {
        super("password", "must be at most " + MAX_BYTES + " bytes in UTF-8");
    }
}
