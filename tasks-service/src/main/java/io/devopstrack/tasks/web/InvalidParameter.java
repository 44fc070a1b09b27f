package io.devopstrack.tasks.web;

/** A query parameter out of its range; answered as 400 naming the field. */
public class InvalidParameter extends RuntimeException {

    private final String field;

    public InvalidParameter(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
