package io.devopstrack.auth.login;

/** One exception for unknown user, wrong password and disabled user: the answer must not tell them apart. */
public class BadCredentials extends RuntimeException {

    public BadCredentials() {
        super("Invalid user name or password");
    }
}
