package io.devopstrack.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Loopback ports where nothing listens: a server that is down, for a service pointed at it. */
public final class ClosedPorts {

    private ClosedPorts() {}

    /** A port that was free a moment ago (bound, then released at once). */
    public static int any() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
