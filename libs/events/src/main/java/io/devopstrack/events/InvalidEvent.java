package io.devopstrack.events;

/** A stream entry that cannot become a point (missing or malformed field); it is acknowledged and skipped. */
public class InvalidEvent extends RuntimeException {

    public InvalidEvent(String message) {
        super(message);
    }
}
