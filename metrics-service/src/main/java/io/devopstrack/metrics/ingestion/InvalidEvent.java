package io.devopstrack.metrics.ingestion;

/** A stream entry that cannot become a point (missing or malformed field); it is acknowledged and skipped. */
class InvalidEvent extends RuntimeException {

    InvalidEvent(String message) {
        super(message);
    }
}
