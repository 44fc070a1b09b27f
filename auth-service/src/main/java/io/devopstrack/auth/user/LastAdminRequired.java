package io.devopstrack.auth.user;

public class LastAdminRequired extends RuntimeException {

    public LastAdminRequired() {
        super("This is the last enabled ADMIN: it cannot be disabled, deleted or lose the ADMIN role");
    }
}
