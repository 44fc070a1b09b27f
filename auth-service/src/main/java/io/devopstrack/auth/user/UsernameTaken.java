package io.devopstrack.auth.user;

public class UsernameTaken extends RuntimeException {

    public UsernameTaken(String username) {
        super("The user name '" + username + "' is already taken");
    }
}
